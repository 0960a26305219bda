using BranchBot.Tests.Support;

namespace BranchBot.Tests.Intents;

/// <summary>
/// "那下个月的呢" right after a view: the same view asked again with the new period (issue 13). A bare name after 那
/// ("那刘洋呢") is never offered as 设置角色, with or without a view before it.
/// </summary>
public class ViewFollowUpConversationTests
{
    [Fact]
    public async Task A_name_after_the_dues_overview_is_never_offered_as_a_role_change()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("党费情况").ExpectReply("党费")
            .Send("那刘洋呢").ExpectReplyNotContaining(string.Empty, "设置角色");
        Assert.DoesNotContain(branch.Secretary.LastReply!.SuggestedActions?.Actions ?? [], a => (a.Title ?? string.Empty).StartsWith("设置角色", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_period_after_the_meetings_ahead_shows_that_period()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("最近有什么会").ExpectReply("党员大会")
            .Send("那下个月的呢").ExpectReplyNotContaining("12月", "没有理解");
    }

    [Fact]
    public async Task A_name_after_that_with_no_view_before_is_never_a_role_change()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.Secretary.Send("那刘洋呢").ExpectReply(string.Empty);
        Assert.Null(branch.Secretary.LastReply!.SuggestedActions?.Actions.FirstOrDefault(a => (a.Value?.ToString() ?? string.Empty).StartsWith("设置角色", StringComparison.Ordinal)));
    }
}
