using BranchBot.Core.Concurrency;

namespace BranchBot.Core.Dues;

/// <summary>Serialises the dues feature's read-check-write sequences (payments and receipt numbers) in this process.</summary>
public sealed class DuesWriteLock : StripedWriteLock;
