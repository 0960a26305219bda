namespace BranchBot.Core.Storage;

/// <summary>
/// Whether a process other than this one may have written to the database since some moment. Caches that expire only
/// so as to see such writes (the roster CLI on the same LiteDB file) renew what they hold instead of reading it again
/// when none did: with hundreds of branches, every branch re-reading its roster every few seconds was a large part of
/// each turn's cost. A store that cannot tell has no instance of this; its caches expire as before.
/// </summary>
public interface IOutsideWrites
{
    /// <summary>How many outside writes have been noticed so far; taken before a read, it marks what the read saw.</summary>
    long Mark { get; }

    /// <summary>Looks at the database now: true when no other process has written to it since <paramref name="mark"/> was taken.</summary>
    bool NoneSince(long mark);
}
