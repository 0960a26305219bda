using System.Net;
using BranchBot.Core.Calendar;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static BranchBot.Tests.Calendar.CalendarTestSupport;

namespace BranchBot.Tests.Calendar;

public class CalendarEndpointTests
{
    [Fact]
    public async Task A_members_link_returns_a_private_uncached_calendar()
    {
        await using var app = new BranchBotApplication();
        using var client = app.CreateClient();
        var (secretary, link) = await SecretaryWithLinkAsync(app);
        await app.Services.GetRequiredService<IMeetingStore>().SaveAsync(
            Meeting(MeetingKind.GeneralMeeting, new DateTimeOffset(2026, 12, 3, 14, 30, 0, Beijing)) with { HostMemberId = secretary.Id },
            CancellationToken.None);

        using var response = await client.GetAsync(new Uri(link).PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.True(response.Headers.CacheControl?.Private);
        var body = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", body, StringComparison.Ordinal);
        var calendarEvent = Assert.Single(Parse(body).Events);
        Assert.Equal("党员大会：学习党章", calendarEvent.Summary);
        Assert.Equal(new DateTime(2026, 12, 3, 6, 30, 0, DateTimeKind.Utc), calendarEvent.DtStart!.AsUtc);
    }

    [Theory]
    [InlineData("/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics")]
    [InlineData("/calendar/short.ics")]
    [InlineData("/calendar/%E6%97%A5%E5%8E%86.ics")]
    public async Task An_unknown_link_is_404_with_a_chinese_explanation(string path)
    {
        await using var app = new BranchBotApplication();
        using var client = app.CreateClient();
        await SecretaryWithLinkAsync(app);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Contains("日历链接无效或已重置", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reset_link_is_404()
    {
        await using var app = new BranchBotApplication();
        using var client = app.CreateClient();
        var (secretary, link) = await SecretaryWithLinkAsync(app);
        await app.Services.GetRequiredService<CalendarLinkService>().ResetAsync(secretary, CancellationToken.None);

        using var response = await client.GetAsync(new Uri(link).PathAndQuery);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<(Member Secretary, string Link)> SecretaryWithLinkAsync(BranchBotApplication app)
    {
        var membership = app.Services.GetRequiredService<MembershipService>();
        await membership.PrepareSetupCodeAsync(BotHarness.SetupCode, CancellationToken.None);
        var claimed = await membership.ClaimBranchAsync(BotHarness.SetupCode, "机关第一党支部", "王书记", new ChatAccount("test", "secretary"), CancellationToken.None);
        Assert.True(claimed.Succeeded, claimed.Problem?.ToString());
        var link = await app.Services.GetRequiredService<CalendarLinkService>().NewLinkUnlessIssuedAsync(claimed.Value!, CancellationToken.None);
        Assert.NotNull(link);
        return (claimed.Value!, link!);
    }
}
