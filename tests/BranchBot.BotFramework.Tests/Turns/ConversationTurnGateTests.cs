using System.Collections.Concurrent;
using BranchBot.BotFramework.Turns;

namespace BranchBot.BotFramework.Tests.Turns;

public class ConversationTurnGateTests
{
    [Fact]
    public async Task Turns_of_one_conversation_run_one_at_a_time_in_arrival_order()
    {
        var gate = new ConversationTurnGate();
        var log = new ConcurrentQueue<string>();
        var running = 0;
        var overlapped = false;

        var turns = Enumerable.Range(0, 40).Select(i => gate.RunAsync("conv", async () =>
        {
            if (Interlocked.Increment(ref running) > 1)
            {
                overlapped = true;
            }

            log.Enqueue($"start {i}");
            await Task.Delay(1);
            log.Enqueue($"end {i}");
            Interlocked.Decrement(ref running);
            return i;
        }, CancellationToken.None)).ToList();

        Assert.Equal(Enumerable.Range(0, 40), await Task.WhenAll(turns));
        Assert.False(overlapped);
        Assert.Equal(Enumerable.Range(0, 40).SelectMany(i => new[] { $"start {i}", $"end {i}" }), log);
        Assert.Equal(0, gate.ActiveConversations);
    }

    [Fact]
    public async Task Different_conversations_run_in_parallel()
    {
        var gate = new ConversationTurnGate();
        var secondStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var first = gate.RunAsync("a", async () =>
        {
            // Finishes only once the other conversation's turn has started: a gate that serialised everything would hang here.
            await secondStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
            return 1;
        }, CancellationToken.None);
        var second = gate.RunAsync("b", () =>
        {
            secondStarted.SetResult();
            return Task.FromResult(2);
        }, CancellationToken.None);

        var results = await Task.WhenAll(first, second);
        Assert.Equal(new[] { 1, 2 }, results);
    }

    [Fact]
    public async Task A_failing_turn_does_not_block_the_next_one()
    {
        var gate = new ConversationTurnGate();
        await Assert.ThrowsAsync<InvalidOperationException>(() => gate.RunAsync<int>("conv", () => throw new InvalidOperationException("boom"), CancellationToken.None));
        Assert.Equal(7, await gate.RunAsync("conv", () => Task.FromResult(7), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(0, gate.ActiveConversations);
    }
}
