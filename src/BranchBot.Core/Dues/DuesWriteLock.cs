using BranchBot.Core.Concurrency;

namespace BranchBot.Core.Dues;

/// <summary>
/// Serialises the dues feature's read-check-write sequences (payments) in this process. Receipt numbers do not rely on
/// it: the store reserves them in the database (<see cref="IDuesStore.NextReceiptSequenceAsync"/>).
/// </summary>
public sealed class DuesWriteLock : KeyedWriteLock;
