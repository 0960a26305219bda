using BranchBot.Core.Meetings;
using BranchBot.Core.Organisation;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Meetings;
using BranchBot.Storage.LiteDb.Organisation;

namespace BranchBot.Tests.Storage;

/// <summary>
/// Two branches in one database, seeded through the raw collections: the meeting store of branch 甲 never returns
/// 乙's meetings, plans or attendance, and never writes over them.
/// </summary>
public sealed class MeetingIsolationTests : IDisposable
{
    private static readonly DateTimeOffset At = TwoBranchDatabase.At;

    private static readonly string[] Collections = [LiteDbCollections.Meetings, LiteDbCollections.MeetingPlans, LiteDbCollections.Attendance];

    private readonly LiteDbContext _context = TwoBranchDatabase.Create();
    private readonly LiteDbMeetingStore _a;

    public MeetingIsolationTests()
    {
        Seed("A", "甲");
        Seed("B", "乙");
        _a = new LiteDbMeetingStore(_context, new BranchContext("A"));
    }

    [Fact]
    public async Task Reads_return_only_the_branchs_own_documents()
    {
        var none = CancellationToken.None;

        Assert.Null(await _a.GetAsync("mt_B", none));
        Assert.Equal(["甲专属"], (await _a.ListStartingBetweenAsync(At, At.AddDays(30), none)).Select(m => m.Topic));
        Assert.Equal(["pl_A"], (await _a.ListPlansAsync(none)).Select(p => p.Id));
        Assert.Null(await _a.GetAttendanceAsync("mt_B", "m_B", none));
        Assert.Empty(await _a.ListAttendanceAsync("mt_B", none));
        Assert.Equal(["m_A"], (await _a.ListPendingLeaveAsync(none)).Select(a => a.MemberId));
        Assert.Equal("甲专属", (await _a.GetAsync("mt_A", none))!.Topic);
    }

    [Fact]
    public async Task A_span_holds_the_branchs_meetings_from_its_start_up_to_but_not_at_its_end_in_order()
    {
        var none = CancellationToken.None;
        var from = At.AddDays(10);
        await _a.SaveManyAsync([StartingAt("mt_end", from.AddDays(1)), StartingAt("mt_start", from), StartingAt("mt_mid", from.AddHours(5)), StartingAt("mt_before", from.AddTicks(-1))], none);
        _context.Collection<MeetingDocument>(LiteDbCollections.Meetings).Insert(MeetingDocument.From(StartingAt("mt_B_mid", from.AddHours(1)), "B"));

        Assert.Equal(["mt_start", "mt_mid"], (await _a.ListStartingBetweenAsync(from, from.AddDays(1), none)).Select(m => m.Id));
        Assert.Equal(from.AddHours(5), (await _a.ListStartingBetweenAsync(from, from.AddDays(1), none))[1].StartsAt);
    }

    [Fact]
    public async Task Writes_land_in_the_branch_and_never_touch_another()
    {
        var before = TwoBranchDatabase.Snapshot(_context, "B", Collections);

        await _a.SaveAsync(NewMeeting("mt_new", "新会议"), CancellationToken.None);
        await _a.SaveManyAsync([NewMeeting("mt_new2", "新会议2")], CancellationToken.None);
        await _a.SavePlanAsync(NewPlan("pl_new"), CancellationToken.None);
        await _a.SaveAttendanceAsync(Leave("mt_new", "m_A"), CancellationToken.None);

        Assert.All(
            new[] { (LiteDbCollections.Meetings, "mt_new"), (LiteDbCollections.Meetings, "mt_new2"), (LiteDbCollections.MeetingPlans, "pl_new"), (LiteDbCollections.Attendance, AttendanceRecord.KeyOf("mt_new", "m_A")) },
            written => Assert.Equal("A", _context.Database.GetCollection(written.Item1).FindById(written.Item2)["BranchId"].AsString));
        Assert.Equal(before, TwoBranchDatabase.Snapshot(_context, "B", Collections));
    }

    [Fact]
    public async Task Writing_over_another_branchs_documents_is_refused_and_changes_nothing()
    {
        var before = TwoBranchDatabase.Snapshot(_context, "B", Collections);
        var none = CancellationToken.None;

        await Assert.ThrowsAsync<BranchMismatchException>(async () => await _a.SaveAsync(NewMeeting("mt_B", "改掉"), none));
        await Assert.ThrowsAsync<BranchMismatchException>(async () => await _a.SaveManyAsync([NewMeeting("mt_ok", "先写"), NewMeeting("mt_B", "改掉")], none));
        await Assert.ThrowsAsync<BranchMismatchException>(async () => await _a.SavePlanAsync(NewPlan("pl_B"), none));
        await Assert.ThrowsAsync<BranchMismatchException>(async () => await _a.SaveAttendanceAsync(Leave("mt_B", "m_B") with { Status = AttendanceStatus.CheckedIn }, none));

        Assert.Equal(before, TwoBranchDatabase.Snapshot(_context, "B", Collections));
        Assert.Null(_context.Database.GetCollection(LiteDbCollections.Meetings).FindById("mt_ok"));
    }

    public void Dispose() => _context.Dispose();

    private void Seed(string branch, string marker)
    {
        _context.Collection<MeetingDocument>(LiteDbCollections.Meetings).Insert(MeetingDocument.From(NewMeeting($"mt_{branch}", $"{marker}专属"), branch));
        _context.Collection<PlanDocument>(LiteDbCollections.MeetingPlans).Insert(PlanDocument.From(NewPlan($"pl_{branch}"), branch));
        _context.Collection<AttendanceDocument>(LiteDbCollections.Attendance).Insert(AttendanceDocument.From(Leave($"mt_{branch}", $"m_{branch}"), branch));
    }

    private static Meeting NewMeeting(string id, string topic) => new()
    {
        Id = id,
        Kind = MeetingKind.GeneralMeeting,
        StartsAt = At.AddDays(2),
        EndsAt = At.AddDays(2).AddHours(2),
        Topic = topic,
        Audience = MeetingAudience.Branch,
        CreatedAt = At,
    };

    private static Meeting StartingAt(string id, DateTimeOffset startsAt) =>
        NewMeeting(id, id) with { StartsAt = startsAt, EndsAt = startsAt.AddHours(1) };

    private static MeetingPlan NewPlan(string id) => new()
    {
        Id = id,
        Kind = MeetingKind.ThemedPartyDay,
        Recurrence = new Recurrence(RecurrenceFrequency.Monthly, 15, new TimeOnly(15, 0)),
        Audience = MeetingAudience.Branch,
        CreatedAt = At,
    };

    private static AttendanceRecord Leave(string meetingId, string memberId) =>
        new() { MeetingId = meetingId, MemberId = memberId, Status = AttendanceStatus.LeaveRequested, LeaveReason = "出差", At = At };
}
