using BranchBot.Core.Concurrency;
using BranchBot.Core.Talks;

namespace BranchBot.Tests.Talks;

/// <summary>
/// What each talk write may run beside: two members' 谈心 drafts side by side, one member's draft writes one at a time,
/// and a talk, follow-up or plan write alone. Entries are observed directly, so nothing depends on timing.
/// </summary>
public sealed class TalkWriteLockTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TalkWriteLock _lock = new();

    public void Dispose() => _lock.Dispose();

    [Fact]
    public async Task Two_members_drafts_are_written_side_by_side()
    {
        var secondInside = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var first = _lock.RunForMemberAsync("zhang", async () =>
        {
            await secondInside.Task.WaitAsync(Patience);
            return true;
        }, CancellationToken.None);
        var second = _lock.RunForMemberAsync("li", () =>
        {
            secondInside.SetResult();
            return Task.FromResult(true);
        }, CancellationToken.None);

        Assert.True(await first);
        Assert.True(await second);
    }

    [Fact]
    public async Task Hundreds_of_members_drafts_are_written_side_by_side_and_leave_no_gate_behind()
    {
        // Every write waits until all are inside: any two members sharing a gate (a striped lock) would wait forever.
        const int members = 500;
        var inside = 0;
        var allInside = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writes = Enumerable.Range(0, members).Select(i => _lock.RunForMemberAsync($"member-{i}", async () =>
        {
            if (Interlocked.Increment(ref inside) == members)
            {
                allInside.SetResult();
            }

            await allInside.Task.WaitAsync(Patience);
            return true;
        }, CancellationToken.None)).ToList();

        Assert.All(await Task.WhenAll(writes), Assert.True);
        Assert.Equal(0, _lock.KeysHeld);
    }

    [Fact]
    public async Task One_members_draft_writes_run_one_after_the_other()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondEntered = false;

        var first = _lock.RunForMemberAsync("zhang", async () =>
        {
            await release.Task.WaitAsync(Patience);
            return true;
        }, CancellationToken.None);
        var second = _lock.RunForMemberAsync("zhang", () =>
        {
            secondEntered = true;
            return Task.FromResult(true);
        }, CancellationToken.None);

        Assert.False(secondEntered);
        release.SetResult();
        Assert.True(await first);
        Assert.True(await second);
        Assert.True(secondEntered);
    }

    [Fact]
    public async Task A_talk_or_plan_write_waits_for_the_draft_writes_under_way()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var featureEntered = false;

        var draft = _lock.RunForMemberAsync("zhang", async () =>
        {
            await release.Task.WaitAsync(Patience);
            return true;
        }, CancellationToken.None);
        var plan = _lock.RunAsync(() =>
        {
            featureEntered = true;
            return Task.FromResult(true);
        }, CancellationToken.None);

        Assert.False(featureEntered);
        release.SetResult();
        Assert.True(await draft);
        Assert.True(await plan);
        Assert.True(featureEntered);
    }
}
