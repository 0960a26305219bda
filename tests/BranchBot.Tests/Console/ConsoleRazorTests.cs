using System.Net;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Console;

/// <summary>The mechanisms of the Razor console: encoding by default, a Chinese 404 for unknown routes, framework antiforgery.</summary>
public class ConsoleRazorTests
{
    [Fact]
    public async Task A_meeting_topic_written_like_a_script_is_shown_as_text()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var recorded = await app.Services.GetRequiredService<RecordedMeetingService>().RecordAsync(
            new RecordedMeetingDraft { Kind = MeetingKind.GeneralMeeting, StartsAt = BotHarness.Start.AddDays(-3), Topic = "<script>alert(1)</script>", Attendees = [secretary.Id] },
            secretary, CancellationToken.None);
        Assert.True(recorded.Succeeded, recorded.Problem?.ToString());
        using var client = await app.SignedInAsync(secretary);

        var (status, page) = await client.GetPageAsync("/console/meetings/detail?id=" + recorded.Value!.Meeting.Id);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h2>党员大会：&lt;script&gt;alert(1)&lt;/script&gt;</h2>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/console/nowhere")]
    [InlineData("/console/ledger/nothing")]
    [InlineData("/console/broadcasts/abc")]
    public async Task An_unknown_route_is_a_chinese_404_page_after_the_gate(string path)
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        using var client = await app.SignedInAsync(secretary);
        using var anonymous = app.Browser();

        var (status, page) = await client.GetPageAsync(path);
        var (anonymousStatus, _) = await anonymous.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("<h1>没有这个页面</h1>", page, StringComparison.Ordinal);
        Assert.Contains("没有找到你要的页面或记录。", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, anonymousStatus);
    }

    [Fact]
    public async Task A_form_without_the_antiforgery_token_is_refused_in_chinese_and_changes_nothing()
    {
        await using var app = new BranchBotApplication();
        var secretary = await app.ClaimedBranchAsync();
        var deputy = await app.AddMemberAsync(secretary, "李副书记", MemberRole.DeputySecretary);
        using var client = await app.SignedInAsync(secretary);
        var page = (await client.GetPageAsync("/console/members")).Body;
        Assert.Contains("name=\"csrf\"", page, StringComparison.Ordinal);

        using var refused = await client.PostAsync(
            new Uri("/console/members/renew-invite", UriKind.Relative), new FormUrlEncodedContent([new("member", deputy.Id)]));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("这个表单已失效", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var (_, after) = await client.GetPageAsync("/console/members");
        Assert.DoesNotContain("生成新邀请码", after, StringComparison.Ordinal);
    }
}
