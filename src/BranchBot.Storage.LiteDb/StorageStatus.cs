namespace BranchBot.Storage.LiteDb;

public enum StorageStatus
{
    Ok,

    /// <summary>The database does not answer (its folder gone, the file unreadable, locked too long).</summary>
    Unreachable,

    /// <summary>The database answers but cannot take writes: the disk is (nearly) full.</summary>
    DiskFull,
}
