namespace BranchBot.LiteDbMigration;

/// <summary>What the copy of one collection did: rows copied, and rows whose key PostgreSQL already held (left as they were).</summary>
public sealed record CollectionCount(string Collection, int Copied, int AlreadyThere);
