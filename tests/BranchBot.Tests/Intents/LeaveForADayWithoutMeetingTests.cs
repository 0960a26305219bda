using BranchBot.Tests.Support;

namespace BranchBot.Tests.Intents;

/// <summary>
/// "明天的会我去不了 家里有事" with no meeting tomorrow was offered as 请假 for 明天会议, whose button 请假 then refused
/// ("没有找到你要参加的「明天会议」"): the member is told at once, with 近期安排, and nothing is offered.
/// </summary>
public class LeaveForADayWithoutMeetingTests
{
    [Theory]
    [InlineData("明天的会我去不了 家里有事", "明天会议")]
    [InlineData("周四的党课我参加不了", "周四党课")]
    public async Task Leave_for_a_meeting_that_is_not_there_is_answered_not_offered(string said, string described)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.LiuYang.Send(said).ExpectReply($"近期没有你要参加的「{described}」，所以没有为它请假。").WithButtons("近期安排");
        branch.LiuYang.Send("近期安排").ExpectReply("待参加");
    }

    [Fact]
    public async Task A_day_whose_only_meeting_the_member_is_not_called_to_has_no_meeting_of_theirs()
    {
        // A member's "周五的会我去不了" was offered as 请假 for the 周五支委会, a meeting the member is not called to,
        // whose button 请假 then refused; the 支委会 is not named to the member either.
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.LiuYang.Send("周五的会我去不了 家里老人住院了").ExpectReplyNotContaining("近期没有你要参加的「周五会议」，所以没有为它请假。", "支委会").WithButtons("近期安排");
    }

    [Fact]
    public async Task Leave_for_a_day_that_has_the_meeting_is_still_offered()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.LiuYang.Send("下周三的会我去不了 家里有事").ExpectReply("你是想「请假 ").WithButtonsIncluding("请假 下周三党员大会 家里有事");
    }
}
