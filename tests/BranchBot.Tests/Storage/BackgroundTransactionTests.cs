using System.Collections.Concurrent;
using BranchBot.Storage.LiteDb;

namespace BranchBot.Tests.Storage;

/// <summary>
/// A background writer (a buffer storing every member's dialog state or 谈心 draft) gives way to a transaction a reply
/// is waiting for: queued for the file at the same moment, the reply's transaction goes first.
/// </summary>
public sealed class BackgroundTransactionTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("branchbot-background-");

    [Fact]
    public async Task A_background_transaction_waits_for_a_waited_for_transaction_queued_before_it()
    {
        using var context = LiteDbContext.Open($"Filename={Path.Combine(_folder.FullName, "bot.db")};Connection=shared");
        // Long enough that only the queued transaction beginning, never the limit, lets the background one go.
        context.GiveWayLimit = Patience;
        var order = new ConcurrentQueue<string>();
        var holding = new ManualResetEventSlim();
        var release = new ManualResetEventSlim();

        var holder = Task.Run(() => context.InTransaction(() =>
        {
            holding.Set();
            release.Wait(Patience);
            order.Enqueue("holder");
        }));
        Assert.True(holding.Wait(Patience));
        var reply = Task.Run(() => context.InTransaction(() => order.Enqueue("reply")));
        Assert.True(SpinWait.SpinUntil(() => context.WaitedForQueued == 1, Patience));
        var background = Task.Run(() => context.InBackgroundTransaction(() => order.Enqueue("background")));
        release.Set();

        await Task.WhenAll(holder, reply, background).WaitAsync(Patience);
        Assert.Equal(["holder", "reply", "background"], order);
        Assert.Equal(0, context.WaitedForQueued);
    }

    [Fact]
    public async Task A_background_transaction_goes_ahead_when_no_reply_is_waiting()
    {
        using var context = LiteDbContext.Open($"Filename={Path.Combine(_folder.FullName, "bot.db")};Connection=shared");
        context.GiveWayLimit = Patience;
        var ran = false;

        await Task.Run(() => context.InBackgroundTransaction(() => ran = true)).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(ran);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
