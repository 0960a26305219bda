using BranchBot.Core.Concurrency;

namespace BranchBot.Core.Talks;

/// <summary>Serialises every talk, feedback, follow-up and plan write in this process, so read-check-write sequences cannot interleave.</summary>
public sealed class TalkWriteLock : FeatureWriteLock;
