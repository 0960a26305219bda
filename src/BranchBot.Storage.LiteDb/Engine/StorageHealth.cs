namespace BranchBot.Storage.LiteDb.Engine;

/// <summary>What the database's writes last showed: a write refused for lack of space stays reported until one succeeds.</summary>
public sealed class StorageHealth
{
    private volatile bool _lastWriteFailedForSpace;

    public bool LastWriteFailedForSpace => _lastWriteFailedForSpace;

    internal void WriteSucceeded() => _lastWriteFailedForSpace = false;

    internal void WriteFailedForSpace() => _lastWriteFailedForSpace = true;
}
