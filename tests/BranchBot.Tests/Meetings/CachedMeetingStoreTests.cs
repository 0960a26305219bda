using BranchBot.Core.Meetings;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Meetings;

namespace BranchBot.Tests.Meetings;

/// <summary>The in-memory copy of the meetings answers as the store does, before and after saves.</summary>
public sealed class CachedMeetingStoreTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 2, 4, 0, 0, TimeSpan.Zero);
    private readonly LiteDbContext _context = LiteDbContext.InMemory();
    private readonly LiteDbMeetingStore _stored;
    private readonly CachedMeetingStore _cached;

    public CachedMeetingStoreTests()
    {
        _stored = new LiteDbMeetingStore(_context);
        _cached = new CachedMeetingStore(_stored);
    }

    [Fact]
    public async Task A_range_query_matches_the_store_for_meetings_saved_before_and_after_the_first_read()
    {
        await _stored.SaveManyAsync([At("a", 0), At("b", 2), At("c", 5)], CancellationToken.None);
        Assert.Equal(["a", "b"], Ids(await _cached.ListStartingBetweenAsync(Noon, Noon.AddHours(5), CancellationToken.None)));

        await _cached.SaveAsync(At("d", 1), CancellationToken.None);
        await _cached.SaveManyAsync([At("e", 3), At("f", 7)], CancellationToken.None);
        await _cached.SaveAsync(At("a", 6) with { Topic = "改期" }, CancellationToken.None);

        foreach (var (from, to) in new[] { (0, 24), (1, 3), (3, 6), (6, 7), (-5, 0), (8, 9) })
        {
            var expected = await _stored.ListStartingBetweenAsync(Noon.AddHours(from), Noon.AddHours(to), CancellationToken.None);
            var actual = await _cached.ListStartingBetweenAsync(Noon.AddHours(from), Noon.AddHours(to), CancellationToken.None);
            Assert.Equal(Ids(expected), Ids(actual));
            Assert.Equal(expected, actual);
        }

        Assert.Equal("改期", (await _cached.GetAsync("a", CancellationToken.None))!.Topic);
    }

    [Fact]
    public async Task A_saved_meeting_reads_back_as_the_store_keeps_it()
    {
        var meeting = At("a", 1) with { StartsAt = Noon.AddTicks(12_345) };
        await _cached.SaveAsync(meeting, CancellationToken.None);

        Assert.Equal(await _stored.GetAsync("a", CancellationToken.None), await _cached.GetAsync("a", CancellationToken.None));
    }

    [Fact]
    public async Task A_meetings_attendance_matches_the_store_after_saves_before_and_after_its_first_read()
    {
        await _stored.SaveAttendanceAsync(Record("m", "p1", AttendanceStatus.CheckedIn), CancellationToken.None);
        await _cached.SaveAttendanceAsync(Record("m", "p2", AttendanceStatus.LeaveRequested), CancellationToken.None);
        Assert.Equal(["p1", "p2"], Members(await _cached.ListAttendanceAsync("m", CancellationToken.None)));

        await _cached.SaveAttendanceAsync(Record("m", "p3", AttendanceStatus.CheckedIn), CancellationToken.None);
        await _cached.SaveAttendanceAsync(Record("m", "p2", AttendanceStatus.LeaveApproved), CancellationToken.None);
        await _cached.SaveAttendanceAsync(Record("other", "p1", AttendanceStatus.CheckedIn), CancellationToken.None);

        Assert.Equal(Sorted(await _stored.ListAttendanceAsync("m", CancellationToken.None)), Sorted(await _cached.ListAttendanceAsync("m", CancellationToken.None)));
        Assert.Equal(AttendanceStatus.LeaveApproved, (await _cached.GetAttendanceAsync("m", "p2", CancellationToken.None))!.Status);
        Assert.Equal(await _stored.GetAttendanceAsync("m", "p3", CancellationToken.None), await _cached.GetAttendanceAsync("m", "p3", CancellationToken.None));
        Assert.Null(await _cached.GetAttendanceAsync("m", "p4", CancellationToken.None));
        Assert.Equal(["p1"], Members(await _cached.ListAttendanceAsync("other", CancellationToken.None)));
    }

    [Fact]
    public async Task A_deleted_attendance_record_is_gone_from_the_kept_copy_too()
    {
        await _cached.SaveAttendanceAsync(Record("m", "p1", AttendanceStatus.LeaveApproved), CancellationToken.None);
        await _cached.SaveAttendanceAsync(Record("m", "p2", AttendanceStatus.CheckedIn), CancellationToken.None);
        Assert.Equal(["p1", "p2"], Members(await _cached.ListAttendanceAsync("m", CancellationToken.None)));

        await _cached.DeleteAttendanceAsync("m", "p1", CancellationToken.None);

        Assert.Null(await _cached.GetAttendanceAsync("m", "p1", CancellationToken.None));
        Assert.Equal(["p2"], Members(await _cached.ListAttendanceAsync("m", CancellationToken.None)));
        Assert.Null(await _stored.GetAttendanceAsync("m", "p1", CancellationToken.None));
    }

    [Fact]
    public async Task Attendance_saved_while_the_meetings_records_are_first_read_is_not_lost()
    {
        var meetings = Enumerable.Range(0, 20).Select(i => $"m{i}").ToList();
        await Task.WhenAll(meetings.SelectMany(meeting => Enumerable.Range(0, 30).Select(i => Task.Run(async () =>
        {
            if (i % 3 == 0)
            {
                await _cached.ListAttendanceAsync(meeting, CancellationToken.None);
            }

            await _cached.SaveAttendanceAsync(Record(meeting, $"p{i}", AttendanceStatus.CheckedIn), CancellationToken.None);
        }))));

        foreach (var meeting in meetings)
        {
            Assert.Equal(30, (await _cached.ListAttendanceAsync(meeting, CancellationToken.None)).Count);
        }
    }

    public void Dispose() => _context.Dispose();

    private static AttendanceRecord Record(string meeting, string member, AttendanceStatus status) =>
        new() { MeetingId = meeting, MemberId = member, Status = status, At = Noon.AddTicks(12_345) };

    private static List<string> Members(IReadOnlyList<AttendanceRecord> records) => [.. records.Select(r => r.MemberId).Order(StringComparer.Ordinal)];

    private static List<AttendanceRecord> Sorted(IReadOnlyList<AttendanceRecord> records) => [.. records.OrderBy(r => r.MemberId, StringComparer.Ordinal)];

    private static Meeting At(string id, int hours) => new()
    {
        Id = id,
        Kind = MeetingKind.GroupMeeting,
        StartsAt = Noon.AddHours(hours),
        EndsAt = Noon.AddHours(hours + 2),
        Audience = MeetingAudience.Branch,
    };

    private static List<string> Ids(IReadOnlyList<Meeting> meetings) => [.. meetings.Select(m => m.Id)];
}
