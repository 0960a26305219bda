using BranchBot.Core.Conversations;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

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
    public async Task The_same_view_shown_again_soon_writes_no_conversation_state_and_still_takes_a_follow_up()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        var secretary = branch.Secretary;
        var key = $"{secretary.ChannelId}|{secretary.ConversationId}|{secretary.UserId}";
        var states = bot.Services.GetRequiredService<IConversationStateStore>();

        secretary.Send("党费情况").ExpectReply("党费");
        var first = await states.GetAsync(key, CancellationToken.None);
        Assert.NotNull(first);

        bot.Clock.Advance(TimeSpan.FromMinutes(2));
        secretary.Send("党费情况").ExpectReply("党费");
        Assert.Equal(first!.UpdatedAt, (await states.GetAsync(key, CancellationToken.None))!.UpdatedAt);

        bot.Clock.Advance(TimeSpan.FromMinutes(4));
        secretary.Send("党费情况").ExpectReply("党费");
        var renewed = await states.GetAsync(key, CancellationToken.None);
        Assert.True(renewed!.UpdatedAt > first.UpdatedAt, "a view kept for over five minutes is renewed when shown again");

        bot.Clock.Advance(TimeSpan.FromMinutes(12));
        secretary.Send("那上个月的呢").ExpectReplyNotContaining("党费", "没有理解");
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
