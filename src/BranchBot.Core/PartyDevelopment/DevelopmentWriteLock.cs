using BranchBot.Core.Concurrency;

namespace BranchBot.Core.PartyDevelopment;

/// <summary>Serialises the 发展党员 read-check-write sequences of this process; files are few and written rarely.</summary>
public sealed class DevelopmentWriteLock : KeyedWriteLock;
