using BranchBot.Core.Meetings;

namespace BranchBot.Tests.Meetings;

/// <summary>
/// What each write may run beside: attendance records of different members side by side, one record's writes one at a
/// time, and a meeting-wide write alone. Each test observes entries directly (a write that must wait has not started
/// when the call returns), so none depends on timing.
/// </summary>
public sealed class MeetingWriteLockTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly MeetingWriteLock _lock = new();
    private readonly List<string> _entered = [];

    public void Dispose() => _lock.Dispose();

    [Fact]
    public async Task Check_ins_of_two_members_at_one_meeting_are_written_side_by_side()
    {
        var secondInside = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var first = _lock.RunForRecordAsync("m1", "zhang", async () =>
        {
            await secondInside.Task.WaitAsync(Patience);
            return true;
        }, CancellationToken.None);
        var second = _lock.RunForRecordAsync("m1", "li", () =>
        {
            secondInside.SetResult();
            return Task.FromResult(true);
        }, CancellationToken.None);

        Assert.True(await first);
        Assert.True(await second);
    }

    [Fact]
    public async Task Two_writes_of_one_members_record_run_one_after_the_other()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = Enter("first", "m1", "zhang", release.Task);
        var second = Enter("second", "m1", "zhang", Task.CompletedTask);

        Assert.Equal(["first"], Entered());
        release.SetResult();
        await Task.WhenAll(first, second).WaitAsync(Patience);
        Assert.Equal(["first", "second"], Entered());
    }

    [Fact]
    public async Task A_meeting_wide_write_waits_for_the_record_writes_under_way_and_runs_before_those_that_come_after_it()
    {
        var releaseRecord = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseMeeting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var record = Enter("record", "m1", "zhang", releaseRecord.Task);
        var meetingWide = _lock.RunAsync(async () =>
        {
            Note("meeting");
            await releaseMeeting.Task;
            return true;
        }, CancellationToken.None);
        var later = Enter("later record", "m2", "li", Task.CompletedTask);

        Assert.Equal(["record"], Entered());
        releaseRecord.SetResult();
        await record.WaitAsync(Patience);
        await WaitUntilEnteredAsync("meeting");
        Assert.Equal(["record", "meeting"], Entered());

        releaseMeeting.SetResult();
        await Task.WhenAll(meetingWide, later).WaitAsync(Patience);
        Assert.Equal(["record", "meeting", "later record"], Entered());
    }

    [Fact]
    public async Task A_write_that_fails_releases_its_record_and_the_feature()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _lock.RunForRecordAsync<bool>("m1", "zhang", () => throw new InvalidOperationException("disk"), CancellationToken.None));

        await Enter("again", "m1", "zhang", Task.CompletedTask).WaitAsync(Patience);
        Assert.True(await _lock.RunAsync(() => Task.FromResult(true), CancellationToken.None).WaitAsync(Patience));
    }

    private Task<bool> Enter(string name, string meetingId, string memberId, Task holdUntil) =>
        _lock.RunForRecordAsync(meetingId, memberId, async () =>
        {
            Note(name);
            await holdUntil;
            return true;
        }, CancellationToken.None);

    private void Note(string name)
    {
        lock (_entered)
        {
            _entered.Add(name);
        }
    }

    private string[] Entered()
    {
        lock (_entered)
        {
            return [.. _entered];
        }
    }

    private async Task WaitUntilEnteredAsync(string name)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (!Entered().Contains(name))
        {
            await Task.Yield();
            patience.Token.ThrowIfCancellationRequested();
        }
    }
}
