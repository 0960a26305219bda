using BranchBot.Core.Storage;

namespace BranchBot.Tests.Storage;

/// <summary>The memory of last known values every turn reads: kept per key, replaced by a newer value, emptied when full.</summary>
public sealed class CappedMemoryTests
{
    [Fact]
    public void A_key_holds_its_latest_value()
    {
        var memory = new CappedMemory<string>(10);

        memory.Set("u1", "a");
        memory.Set("u1", "a");
        memory.Set("u1", "b");

        Assert.True(memory.TryGetValue("u1", out var value));
        Assert.Equal("b", value);
        Assert.False(memory.TryGetValue("u2", out _));
        Assert.Equal(1, memory.Count);
    }

    [Fact]
    public void Reaching_the_capacity_empties_it_and_keeps_the_newest_key()
    {
        var memory = new CappedMemory<string>(3);
        foreach (var key in new[] { "u1", "u2", "u3" })
        {
            memory.Set(key, key);
        }

        // Values set again for keys already held do not count towards the capacity.
        memory.Set("u1", "changed");
        Assert.Equal(3, memory.Count);

        memory.Set("u4", "u4");

        Assert.Equal(1, memory.Count);
        Assert.True(memory.TryGetValue("u4", out _));
        Assert.False(memory.TryGetValue("u1", out _));
    }

    [Fact]
    public async Task Many_threads_adding_keys_never_hold_much_more_than_the_capacity()
    {
        var memory = new CappedMemory<int>(1_000);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < 20_000; i++)
            {
                memory.Set($"{t}-{i}", i);
            }
        })));

        Assert.InRange(memory.Count, 1, 1_000 + 8);
    }
}
