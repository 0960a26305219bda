using System.Net.Http.Headers;
using System.Text;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Console;

/// <summary>Meetings and attendance saved straight into the store, uploads and chat turns for console tests.</summary>
internal static class ConsoleDataSupport
{
    public static async Task<Meeting> SaveMeetingAsync(this BranchBotApplication app, MeetingKind kind, DateTimeOffset startsAt, string topic, string hostId)
    {
        var meeting = new Meeting
        {
            Id = Meeting.NewId(),
            Kind = kind,
            StartsAt = startsAt,
            EndsAt = startsAt.AddHours(2),
            Audience = kind == MeetingKind.CommitteeMeeting ? MeetingAudience.Committee : MeetingAudience.Branch,
            Topic = topic,
            Place = "三楼会议室",
            HostMemberId = hostId,
            CreatedAt = BotHarness.Start,
        };
        await app.Services.GetRequiredService<IMeetingStore>().SaveAsync(meeting, CancellationToken.None);
        return meeting;
    }

    public static ValueTask CheckInAsync(this BranchBotApplication app, Meeting meeting, Member member) =>
        app.Services.GetRequiredService<IMeetingStore>().SaveAttendanceAsync(new AttendanceRecord
        {
            MeetingId = meeting.Id,
            MemberId = member.Id,
            Status = AttendanceStatus.CheckedIn,
            At = meeting.StartsAt,
        }, CancellationToken.None);

    public static async Task<HttpResponseMessage> UploadRosterAsync(this HttpClient client, string csv)
    {
        var (_, page) = await client.GetPageAsync("/console/members");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(ConsoleTestSupport.CsrfIn(page)), "csrf");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "roster", "roster.csv");
        return await client.PostAsync(new Uri("/console/members/import", UriKind.Relative), form);
    }

    /// <summary>Posts a console form with the CSRF token read from the page it is on, as a browser would.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pagePath, string action, params (string Name, string Value)[] fields)
    {
        var (_, page) = await client.GetPageAsync(pagePath);
        return await client.PostFormFromPageAsync(action, page, fields);
    }

    /// <summary>Posts a console form with the CSRF token taken from <paramref name="page"/>, already loaded.</summary>
    public static async Task<HttpResponseMessage> PostFormFromPageAsync(this HttpClient client, string action, string page, params (string Name, string Value)[] fields)
    {
        using var content = new FormUrlEncodedContent(
            [new("csrf", ConsoleTestSupport.CsrfIn(page)), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
        return await client.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    /// <summary>One chat turn over /api/messages from the "test" channel; the bot's replies to the user joined.</summary>
    public static Task<string> SayAsync(this HttpClient client, BranchBotApplication app, string text, string user) =>
        app.SayAsync(text, user, client, channelId: "test");
}
