using BranchBot.Core.Concurrency;

namespace BranchBot.Core.Broadcasts.Plans;

/// <summary>Serialises recurring-broadcast writes in this process: numbering, stopping and advancing plans.</summary>
public sealed class BroadcastPlanWriteLock : FeatureWriteLock;
