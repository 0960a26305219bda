using BranchBot.Core.Concurrency;

namespace BranchBot.Core.Broadcasts;

/// <summary>Serialises broadcast writes in this process, so two sends cannot take the same number.</summary>
public sealed class BroadcastWriteLock : FeatureWriteLock;
