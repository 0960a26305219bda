namespace BranchBot.Storage.Postgres.Schema;

/// <summary>One versioned step of the schema: its SQL runs in one transaction, and the version is recorded in the same one.</summary>
public sealed record Migration(int Version, string Description, string Sql);
