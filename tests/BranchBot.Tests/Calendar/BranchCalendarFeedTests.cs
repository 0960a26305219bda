using System.Net;
using BranchBot.Tests.Console;
using BranchBot.Tests.Support;
using static BranchBot.Tests.Calendar.CalendarTestSupport;

namespace BranchBot.Tests.Calendar;

/// <summary>The calendar link of a member of a second branch lists that branch's meetings, never the first branch's.</summary>
public class BranchCalendarFeedTests
{
    [Fact]
    public async Task Each_branchs_member_gets_a_feed_of_their_own_branchs_meetings()
    {
        await using var app = new BranchBotApplication();
        await TwoBranches.SetUpAsync(app);
        using var client = app.CreateClient();

        var liToken = TokenIn(await client.SayAsync(app, "我的日历", "li"));
        var wangToken = TokenIn(await client.SayAsync(app, "我的日历", "secretary"));

        using var liFeed = await client.GetAsync(new Uri($"/calendar/{liToken}.ics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, liFeed.StatusCode);
        var liEvents = Parse(await liFeed.Content.ReadAsStringAsync()).Events;
        Assert.Equal("主题党日：社区志愿服务", Assert.Single(liEvents).Summary);

        using var wangFeed = await client.GetAsync(new Uri($"/calendar/{wangToken}.ics", UriKind.Relative));
        var wangEvents = Parse(await wangFeed.Content.ReadAsStringAsync()).Events;
        Assert.Equal("主题党日：参观红色教育基地", Assert.Single(wangEvents).Summary);
    }

    [Fact]
    public async Task A_second_branchs_reset_link_is_404()
    {
        await using var app = new BranchBotApplication();
        await TwoBranches.SetUpAsync(app);
        using var client = app.CreateClient();
        var old = TokenIn(await client.SayAsync(app, "我的日历", "li"));
        var renewed = TokenIn(await client.SayAsync(app, "重置日历链接", "li"));

        using var gone = await client.GetAsync(new Uri($"/calendar/{old}.ics", UriKind.Relative));
        using var current = await client.GetAsync(new Uri($"/calendar/{renewed}.ics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
    }
}
