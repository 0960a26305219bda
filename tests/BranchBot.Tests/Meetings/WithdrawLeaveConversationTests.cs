using BranchBot.Tests.Intents;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Meetings;

/// <summary>
/// 撤销请假: a member whose plans changed takes back a leave request (pending or approved). Before, "请假不请了" was
/// offered as a new request whose reason was "不请了", and "出差取消了，我能参加了，请假不用了" as one with that sentence as reason.
/// </summary>
public class WithdrawLeaveConversationTests
{
    [Fact]
    public async Task A_member_takes_back_approved_leave_and_the_secretary_is_told()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.LiuYang.Send("请假 党员大会 出差").ExpectReply("已提交请假申请");
        branch.Secretary.SkipReplies().Send("批准请假 刘洋").ExpectReply("已批准");
        branch.LiuYang.SkipReplies();

        branch.LiuYang.Send("出差取消了，我能参加了，请假不用了")
            .ExpectReply("你是想「撤销请假」吗？")
            .WithButtons("撤销请假");
        branch.LiuYang.Send("撤销请假")
            .ExpectReply("已撤销请假：12月2日（星期三）14:30 党员大会")
            .WithButtons("近期安排");
        branch.Secretary.ExpectNotification("【撤销请假】刘洋撤销了12月2日（星期三）14:30 党员大会");
        Assert.Contains("原已批准", branch.Secretary.LastReplyText, StringComparison.Ordinal);

        branch.LiuYang.Send("近期安排").ExpectReply("待参加");
        branch.LiuYang.Send("撤销请假").ExpectReply("你近期没有待审批或已批准的请假，不需要撤销。");
        branch.Secretary.Send("有没有人请假").ExpectReply("目前没有待审批的请假申请，近期的会也没有人请假。");
    }

    [Fact]
    public async Task Pressing_the_old_approve_button_after_a_withdrawal_approves_nothing()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.LiuYang.Send("请假 党员大会 出差").ExpectReply("已提交请假申请");
        branch.Secretary.SkipReplies();

        branch.LiuYang.Send("取消请假").ExpectReply("已撤销请假：12月2日（星期三）14:30 党员大会");
        branch.Secretary.ExpectNotification("原待审批，无需再审批");

        branch.Secretary.Send("批准请假 刘洋").ExpectReply("没有");
        branch.LiuYang.Send("近期安排").ExpectReply("待参加");
    }

    [Theory]
    [InlineData("请假不请了")]
    [InlineData("我周五的请假取消掉吧，能去了")]
    [InlineData("把我的请假撤回")]
    [InlineData("那个假我不请了 事情推掉了")]
    [InlineData("周三那个假我就不用请了")]
    [InlineData("取消一下我的请假申请")]
    [InlineData("帮我把请假撤一下")]
    public async Task Taking_leave_back_in_words_is_offered_as_撤销请假_never_as_a_new_request(string typed)
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.LiuYang.Send("请假 党员大会 出差").ExpectReply("已提交请假申请");
        branch.Secretary.SkipReplies();

        branch.LiuYang.Send(typed).ExpectReply("你是想「撤销请假」吗？").WithButtons("撤销请假");
        branch.LiuYang.Send("近期安排").ExpectReply("请假待审批");
    }

    [Fact]
    public async Task Taking_leave_back_in_words_without_any_leave_is_told_at_once_that_nothing_needs_doing()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.LiuYang.Send("那个假我不请了 事情推掉了").ExpectReply("你近期没有待审批或已批准的请假，不需要撤销。");
        branch.LiuYang.Send("近期安排").ExpectReply("待参加");
    }

    [Fact]
    public async Task 请假_with_a_taking_back_word_submits_nothing()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        // Typed with a space, "请假 撤销" is still the words of taking leave back, so 撤销请假 answers it.
        branch.LiuYang.Send("请假 撤销").ExpectReply("你近期没有待审批或已批准的请假，不需要撤销。");
        branch.LiuYang.Send("近期安排").ExpectReply("待参加");
        branch.Secretary.Send("有没有人请假").ExpectReply("目前没有待审批的请假申请");
    }

    [Fact]
    public async Task With_leave_at_two_meetings_it_asks_which_and_a_named_meeting_takes_only_its_own()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        // The 书记's own requests also reach the 书记 as notices; their replies are not what this test reads.
        branch.Secretary.Send("请假 支委会 出差").SkipReplies().Send("请假 党员大会 出差").SkipReplies();
        branch.Secretary.Send("近期安排").ExpectReply("请假待审批");

        branch.Secretary.Send("撤销请假").ExpectReply("你近期有几次会议请了假，要撤销的是哪一次？");
        branch.Secretary.Send("取消").SkipReplies();

        branch.Secretary.Send("撤销请假 党课").ExpectReply("你在「党课」没有待审批或已批准的请假，所以没有撤销任何请假。");
        branch.Secretary.Send("撤销请假 支委会").SkipReplies();
        branch.Secretary.Send("近期安排").ExpectReply("11月27日（星期五）19:00–");
        Assert.Matches("支委会[^\n]*待参加", branch.Secretary.LastReplyText);
        Assert.Matches("党员大会[^\n]*请假待审批", branch.Secretary.LastReplyText);
    }

    [Fact]
    public async Task Taking_leave_back_right_after_another_offer_is_no_answer_to_that_offer()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.LiuYang.Send("请假 党员大会 出差").ExpectReply("已提交请假申请");
        branch.Secretary.SkipReplies();

        branch.LiuYang.Send("我想找书记谈谈心").ExpectReply("要告诉书记吗？");
        branch.LiuYang.Send("取消一下我的请假申请").ExpectReply("你是想「撤销请假」吗？").WithButtons("撤销请假");
        branch.LiuYang.Send("撤销请假").ExpectReply("已撤销请假：12月2日（星期三）14:30 党员大会");
    }
}
