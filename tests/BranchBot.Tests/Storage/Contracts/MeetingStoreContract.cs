using BranchBot.Core.Meetings;

namespace BranchBot.Tests.Storage.Contracts;

/// <summary>Meetings by time, attendance and leave, each branch's own only, on either database.</summary>
public abstract class MeetingStoreContract : StoreContract
{
    [SkippableFact]
    public async Task Meetings_are_listed_by_start_within_the_range_and_the_branch()
    {
        var backend = await BackendAsync();
        var a = backend.Meetings("A");
        await a.SaveManyAsync([Meeting("mt2", At.AddDays(2), "第二"), Meeting("mt1", At.AddDays(1), "第一"), Meeting("mt9", At.AddDays(9), "范围外")], None);
        await backend.Meetings("B").SaveAsync(Meeting("mt_b", At.AddDays(1), "乙的"), None);

        Assert.Equal(["第一", "第二"], (await a.ListStartingBetweenAsync(At, At.AddDays(3), None)).Select(m => m.Topic));
        Assert.Null(await a.GetAsync("mt_b", None));
        Assert.Equal(At.AddDays(1), (await a.GetAsync("mt1", None))!.StartsAt);
    }

    [SkippableFact]
    public async Task Attendance_and_pending_leave_are_kept_per_meeting_and_member()
    {
        var backend = await BackendAsync();
        var a = backend.Meetings("A");
        await a.SaveAsync(Meeting("mt1", At.AddDays(1), "会"), None);
        await a.SaveAttendanceAsync(Record("mt1", "m2", AttendanceStatus.LeaveRequested, At.AddHours(2)), None);
        await a.SaveAttendanceAsync(Record("mt1", "m1", AttendanceStatus.LeaveRequested, At.AddHours(1)), None);
        await a.SaveAttendanceAsync(Record("mt1", "m3", AttendanceStatus.CheckedIn, At.AddHours(3)), None);

        Assert.Equal(["m1", "m2"], (await a.ListPendingLeaveAsync(None)).Select(r => r.MemberId));
        Assert.Equal(3, (await a.ListAttendanceAsync("mt1", None)).Count);
        Assert.Equal(AttendanceStatus.CheckedIn, (await a.GetAttendanceAsync("mt1", "m3", None))!.Status);
        Assert.Empty(await backend.Meetings("B").ListAttendanceAsync("mt1", None));
    }

    [SkippableFact]
    public async Task A_withdrawn_leave_record_is_forgotten_and_another_branch_cannot_forget_it()
    {
        var backend = await BackendAsync();
        var a = backend.Meetings("A");
        await a.SaveAsync(Meeting("mt1", At.AddDays(1), "会"), None);
        await a.SaveAttendanceAsync(Record("mt1", "m1", AttendanceStatus.LeaveRequested, At.AddHours(1)), None);
        await a.SaveAttendanceAsync(Record("mt1", "m2", AttendanceStatus.LeaveApproved, At.AddHours(2)), None);

        await backend.Meetings("B").DeleteAttendanceAsync("mt1", "m1", None);
        Assert.NotNull(await a.GetAttendanceAsync("mt1", "m1", None));

        await a.DeleteAttendanceAsync("mt1", "m1", None);
        await a.DeleteAttendanceAsync("mt1", "m9", None);

        Assert.Null(await a.GetAttendanceAsync("mt1", "m1", None));
        Assert.Empty(await a.ListPendingLeaveAsync(None));
        Assert.Equal(["m2"], (await a.ListAttendanceAsync("mt1", None)).Select(r => r.MemberId));
    }

    [SkippableFact]
    public async Task Writing_over_another_branchs_meeting_is_refused_and_changes_nothing()
    {
        var backend = await BackendAsync();
        await backend.Meetings("B").SaveAsync(Meeting("mt_b", At, "乙的"), None);

        await Assert.ThrowsAnyAsync<InvalidOperationException>(async () =>
            await backend.Meetings("A").SaveManyAsync([Meeting("mt_ok", At, "先写"), Meeting("mt_b", At, "改掉")], None));

        Assert.Equal("乙的", (await backend.Meetings("B").GetAsync("mt_b", None))!.Topic);
        Assert.Null(await backend.Meetings("A").GetAsync("mt_ok", None));
    }

    internal static Meeting Meeting(string id, DateTimeOffset start, string topic, string? planId = null) => new()
    {
        Id = id, Kind = MeetingKind.GeneralMeeting, StartsAt = start, EndsAt = start.AddHours(1), Topic = topic, Audience = MeetingAudience.Branch,
        PlanId = planId, CreatedAt = At,
    };

    private static AttendanceRecord Record(string meeting, string member, AttendanceStatus status, DateTimeOffset at) =>
        new() { MeetingId = meeting, MemberId = member, Status = status, At = at };
}

public sealed class LiteDbMeetingStoreContractTests : MeetingStoreContract
{
    protected override Task<StoreBackend> OpenAsync() => Task.FromResult<StoreBackend>(new LiteDbBackend());
}

public sealed class PostgresMeetingStoreContractTests : MeetingStoreContract
{
    protected override async Task<StoreBackend> OpenAsync() => await PostgresBackend.CreateAsync();
}
