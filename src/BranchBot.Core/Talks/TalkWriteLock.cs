using BranchBot.Core.Concurrency;

namespace BranchBot.Core.Talks;

/// <summary>
/// Serialises the talk feature's read-check-write sequences in this process. One member's 谈心 draft and its submission
/// hold only that member, so members answering and submitting at the same time do not queue behind each other; talks,
/// follow-ups and plans hold the feature alone.
/// </summary>
public sealed class TalkWriteLock : KeyedWriteLock
{
    /// <summary>Runs a write of one member's 谈心 draft (an answer, a discard, the submission).</summary>
    public Task<T> RunForMemberAsync<T>(string memberId, Func<Task<T>> write, CancellationToken cancellationToken) =>
        RunForKeyAsync("feedback:" + memberId, write, cancellationToken);
}
