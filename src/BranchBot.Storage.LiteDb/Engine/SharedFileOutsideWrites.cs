using BranchBot.Core.Storage;

namespace BranchBot.Storage.LiteDb.Engine;

/// <summary>
/// <see cref="IOutsideWrites"/> of a file opened in shared mode: the engine is opened again exactly when the file was
/// found changed by someone else (<see cref="FileChanges"/>), so the count of openings marks outside writes.
/// </summary>
internal sealed class SharedFileOutsideWrites(SharedFileEngine engine) : IOutsideWrites
{
    public long Mark => engine.EngineOpenings;

    public bool NoneSince(long mark) => engine.UnchangedSince(mark);
}
