using BranchBot.Core.Concurrency;

namespace BranchBot.Core.Meetings;

/// <summary>
/// Serialises every meeting, plan and attendance write in this process, so that read-check-write sequences
/// (签到 twice at once, a plan run twice at once) cannot interleave.
/// </summary>
public sealed class MeetingWriteLock : FeatureWriteLock;
