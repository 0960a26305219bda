using BranchBot.Tests.Broadcasts;
using BranchBot.Tests.Meetings.Chat;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Notifications;

/// <summary>
/// Text a member typed reaches others inside our Markdown messages escaped: it shows as typed, never as a live link,
/// image or bold text. The harness clock starts on Wednesday 2026-11-25 at 10:00 in Beijing.
/// </summary>
public class MarkdownInjectionConversationTests
{
    private const string Payload = "![x](http://evil/a.png) **急** [点我](http://evil)";
    private const string Escaped = @"\!\[x\]\(http://evil/a.png\) \*\*急\*\* \[点我\]\(http://evil\)";

    private static void AssertNoLiveMarkdown(string message)
    {
        Assert.Contains(Escaped, message, StringComparison.Ordinal);
        Assert.DoesNotContain(Payload, message, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<!\\)!(?<!\\)\[|(?<!\\)\]\(|(?<!\\)\*\*", message);
    }

    [Fact]
    public async Task A_leave_reason_reaches_the_committee_with_no_live_link_or_image()
    {
        await using var bot = new BotHarness();
        var branch = new MeetingBranch(bot).GeneralMeetingToday();
        branch.Zhang.Send("请假 " + Payload).ExpectReply("已提交请假申请");
        branch.Secretary.ExpectNotification("张三申请不参加");
        AssertNoLiveMarkdown(branch.Secretary.LastReplyText);
    }

    [Fact]
    public async Task A_question_passed_to_the_secretary_and_its_answer_arrive_with_no_live_markdown()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        var zhang = bot.JoinedMember(secretary, "zhang", "张三");

        zhang.Send("转交书记 " + Payload).ExpectReply("转交书记（编号 1）");
        secretary.ExpectNotification("【待答问题】张三问");
        AssertNoLiveMarkdown(secretary.LastReplyText);
        secretary.Send("待答问题").ExpectReply("待答问题（1 个）：\n1. ");
        AssertNoLiveMarkdown(secretary.LastReplyText);

        secretary.Send("回答 1 " + Payload).ExpectReply("已把答复发给张三");
        zhang.ExpectNotification("【支部答复】");
        Assert.Equal(2, zhang.LastReplyText.Split(Escaped).Length - 1);
    }

    [Fact]
    public async Task A_reply_to_a_broadcast_reaches_the_author_with_no_live_markdown()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot).Broadcast("周六志愿服务");
        branch.Deliver();
        branch.Li.ExpectNotification("周六志愿服务").Send("回复 广播1 " + Payload).ExpectReply("已转给王书记");
        branch.Secretary.ExpectNotification("【广播回复】李四 回复了广播 #1「周六志愿服务」");
        AssertNoLiveMarkdown(branch.Secretary.LastReplyText);

        branch.Secretary.Send("广播详情 1").ExpectReply("回复（1）：\n• 李四 11月25日 10:00：");
        AssertNoLiveMarkdown(branch.Secretary.LastReplyText);
    }

    [Fact]
    public async Task A_broadcast_text_reaches_members_escaped()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot).Broadcast(Payload);
        branch.Deliver();
        branch.Zhang.ExpectNotification("【支部广播 #1】");
        AssertNoLiveMarkdown(branch.Zhang.LastReplyText);
    }

    [Fact]
    public async Task A_name_that_would_become_a_link_is_refused_in_chinese()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        secretary.Send("添加党员 [点我](http://evil)").ExpectReply("不能包含");
        secretary.Send("添加党员 **张三**").ExpectReply("不能包含");
    }
}
