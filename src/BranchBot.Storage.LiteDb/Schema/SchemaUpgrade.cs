namespace BranchBot.Storage.LiteDb.Schema;

/// <summary>What opening the database did to its schema version.</summary>
/// <param name="From">The version the file had (0: written before versions existed).</param>
/// <param name="To">The version it has now.</param>
/// <param name="Backup">The copy of the file taken before the first step; null when no step ran or the database is in memory.</param>
public sealed record SchemaUpgrade(int From, int To, string? Backup)
{
    public bool Upgraded => To > From;
}
