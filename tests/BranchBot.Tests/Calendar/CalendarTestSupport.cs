using System.Text.RegularExpressions;
using BranchBot.Calendar;
using BranchBot.Core.Meetings;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Calendar;

/// <summary>Meetings saved straight into the store, and feeds read the way the endpoint reads them.</summary>
internal static partial class CalendarTestSupport
{
    public static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static Meeting Meeting(
        MeetingKind kind,
        DateTimeOffset startsAt,
        MeetingAudience? audience = null,
        string? topic = "学习党章",
        string? place = "三楼会议室") => new()
        {
            Id = Core.Meetings.Meeting.NewId(),
            Kind = kind,
            StartsAt = startsAt,
            EndsAt = startsAt.AddHours(2),
            Audience = audience ?? MeetingAudience.Branch,
            Topic = topic,
            Place = place,
            CreatedAt = BotHarness.Start,
        };

    public static async Task<Meeting> SaveAsync(this BotHarness bot, Meeting meeting)
    {
        await bot.Services.GetRequiredService<IMeetingStore>().SaveAsync(meeting, CancellationToken.None);
        return meeting;
    }

    public static Task<string?> FeedAsync(this BotHarness bot, string token) =>
        ActivatorUtilities.CreateInstance<MemberCalendarFeed>(bot.Services).RenderAsync(token, CancellationToken.None);

    /// <summary>Sends 我的日历 and returns the token of the link in the reply.</summary>
    public static string CalendarToken(this ConversationScript person)
    {
        person.Send("我的日历").ExpectReply("/calendar/");
        return TokenIn(person.LastReplyText);
    }

    public static string TokenIn(string text)
    {
        var match = FeedLink().Match(text);
        Assert.True(match.Success, $"No calendar link in 「{text}」.");
        return match.Groups[1].Value;
    }

    public static Ical.Net.Calendar Parse(string? ics)
    {
        Assert.NotNull(ics);
        return Ical.Net.Calendar.Load(ics) ?? throw new InvalidOperationException("The feed did not parse.");
    }

    [GeneratedRegex(@"https?://\S+/calendar/([A-Za-z0-9]{32})\.ics")]
    private static partial Regex FeedLink();
}
