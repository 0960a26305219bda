using BranchBot.Core.Concurrency;

namespace BranchBot.Core.Knowledge;

/// <summary>
/// Serialises every change to stored entries and the question queue in this process, so read-check-write sequences
/// cannot interleave and index refreshes happen in the order of the writes.
/// </summary>
public sealed class KnowledgeWriteLock : FeatureWriteLock;
