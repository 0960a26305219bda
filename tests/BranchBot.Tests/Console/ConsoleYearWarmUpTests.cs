using System.Net;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Meetings;
using BranchBot.Tests.Support;
using BranchBot.WebConsole.Export;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Console;

/// <summary>
/// Opening a console link reads the year's held meetings and their attendance into memory before the pages ask. The
/// read is observed through the store's memory: a record written behind the cache's back after the read is not seen,
/// one written before it is.
/// </summary>
public class ConsoleYearWarmUpTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Fact]
    public async Task Opening_a_console_link_reads_the_years_attendance_ahead_of_the_pages()
    {
        await using var app = new BranchBotApplication();
        var (held, zhang, li) = await HeldMeetingAsync(app);

        using var shown = await app.Browser().GetAsync(new Uri(app.LinkFor(zhang.Secretary), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        await app.Services.GetRequiredService<ConsoleYearWarmUp>().Latest;
        await CheckInBehindTheCacheAsync(app, held, li);

        Assert.Equal([zhang.Member.Id], await AttendeesAsync(app, held));
    }

    [Fact]
    public async Task Without_a_link_the_attendance_is_read_when_first_asked()
    {
        await using var app = new BranchBotApplication();
        var (held, zhang, li) = await HeldMeetingAsync(app);

        await CheckInBehindTheCacheAsync(app, held, li);

        string[] both = [li.Id, zhang.Member.Id];
        Assert.Equal(both.Order(StringComparer.Ordinal), await AttendeesAsync(app, held));
    }

    private static async Task<(Meeting Held, (Member Secretary, Member Member) Zhang, Member Li)> HeldMeetingAsync(BranchBotApplication app)
    {
        var secretary = await app.ClaimedBranchAsync();
        var zhang = await app.AddMemberAsync(secretary, "张三");
        var li = await app.AddMemberAsync(secretary, "李四");
        var held = await app.SaveMeetingAsync(MeetingKind.GeneralMeeting, new DateTimeOffset(2026, 11, 20, 14, 30, 0, Beijing), "学习党章", secretary.Id);
        await app.CheckInAsync(held, zhang);
        return (held, (secretary, zhang), li);
    }

    private static ValueTask CheckInBehindTheCacheAsync(BranchBotApplication app, Meeting held, Member member) =>
        new LiteDbMeetingStore(app.Services.GetRequiredService<LiteDbContext>()).SaveAttendanceAsync(
            new AttendanceRecord { MeetingId = held.Id, MemberId = member.Id, Status = AttendanceStatus.CheckedIn, At = held.StartsAt }, CancellationToken.None);

    private static async Task<string[]> AttendeesAsync(BranchBotApplication app, Meeting held) =>
        [.. (await app.Services.GetRequiredService<IMeetingStore>().ListAttendanceAsync(held.Id, CancellationToken.None)).Select(r => r.MemberId).Order(StringComparer.Ordinal)];
}
