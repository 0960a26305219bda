using System.Collections.Concurrent;

namespace BranchBot.Core.Storage;

/// <summary>
/// Keys' last known values, kept in memory for the hot path of every turn, emptied at once when it reaches its
/// capacity (about: two threads adding at the same moment may each count). Setting a key to the value it already
/// holds changes nothing and takes no lock, and the count is kept apart: a concurrent dictionary's own count takes
/// every one of its locks, which at 15,000 members made each turn wait for the others.
/// </summary>
/// <typeparam name="TValue">The remembered value; compared with its <see cref="object.Equals(object)"/>.</typeparam>
public sealed class CappedMemory<TValue>(int capacity)
{
    private readonly ConcurrentDictionary<string, TValue> _values = new(StringComparer.Ordinal);
    private int _count;

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    /// <summary>How many keys are remembered now (counts every lock: for tests and diagnostics, not the hot path).</summary>
    public int Count => _values.Count;

    public bool TryGetValue(string key, out TValue value) => _values.TryGetValue(key, out value!);

    public void Set(string key, TValue value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_values.TryGetValue(key, out var held))
        {
            if (!EqualityComparer<TValue>.Default.Equals(held, value))
            {
                _values[key] = value;
            }

            return;
        }

        if (Interlocked.Increment(ref _count) > Capacity)
        {
            _values.Clear();
            Interlocked.Exchange(ref _count, 1);
        }

        _values[key] = value;
    }
}
