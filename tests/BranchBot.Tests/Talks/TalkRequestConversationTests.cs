using BranchBot.Core.Talks;
using BranchBot.Tests.Intents;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Talks;

/// <summary>
/// 谈心请求 are kept until the talk is recorded: the addressee can list who is waiting ("谁想找我谈心"), a second 约谈心
/// pressed or typed within days tells the 书记 nothing twice, and recording the talk takes the request off the list.
/// </summary>
public class TalkRequestConversationTests
{
    [Fact]
    public async Task Asking_twice_tells_the_secretary_once_and_says_it_was_already_sent()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.LiuYang.Send("约谈心").ExpectReply("已告诉书记王书记你想找他谈心");
        branch.Secretary.ExpectNotification("【谈心请求】刘洋想找你谈心谈话");

        bot.Clock.Advance(TimeSpan.FromHours(2));
        branch.LiuYang.Send("约谈心 书记").ExpectReply("你11月25日 10:00已经告诉过书记王书记想找他谈心");
        branch.Secretary.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task The_secretary_sees_who_is_waiting_until_the_talk_is_recorded()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.LiuYang.Send("约谈心");
        bot.Clock.Advance(TimeSpan.FromMinutes(30));
        branch.ChenJing.Send("约谈心");
        branch.Secretary.ExpectNotification("【谈心请求】刘洋").ExpectNotification("【谈心请求】陈静");

        branch.Secretary.Send("最近有谁想找我聊聊").ExpectReply("有 2 位同志想找你谈心，还没有谈：\n• 刘洋（11月25日 10:00提出）\n• 陈静（11月25日 10:30提出）")
            .WithButtons("记录谈心 刘洋", "记录谈心 陈静");

        branch.Secretary.Send("谈心情况").ExpectReply("另有2位同志向你提出了谈心请求、还没有谈，发「谈心请求」查看。");
        branch.Secretary.Send("记录谈心 刘洋 谈了近期工作压力和学习安排").ExpectReply("已记录");
        branch.Secretary.Send("谈心请求").ExpectReplyNotContaining("有 1 位同志想找你谈心，还没有谈：\n• 陈静", "刘洋");
    }

    [Fact]
    public async Task A_talk_recorded_before_the_request_does_not_answer_it()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.Secretary.Send("记录谈心 刘洋 谈了学习情况").ExpectReply("已记录");
        branch.LiuYang.ExpectNotification("【谈心记录】");
        bot.Clock.Advance(TimeSpan.FromDays(1));

        branch.LiuYang.Send("约谈心").ExpectReply("已告诉书记王书记");
        branch.Secretary.ExpectNotification("【谈心请求】刘洋");
        branch.Secretary.Send("谈心请求").ExpectReply("• 刘洋（11月26日 10:00提出）\n请和他约个时间");
    }

    [Fact]
    public async Task A_request_still_open_after_some_days_is_sent_again()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.LiuYang.Send("约谈心").ExpectReply("已告诉书记王书记");
        branch.Secretary.ExpectNotification("【谈心请求】刘洋想找你谈心谈话");

        bot.Clock.Advance(TalkRequestService.RepeatWindow + TimeSpan.FromHours(1));
        branch.LiuYang.Send("约谈心").ExpectReply("已告诉书记王书记你想找他谈心");
        branch.Secretary.ExpectNotification("【谈心请求】刘洋想找你谈心谈话");

        // Listed once, from the first time it was asked.
        branch.Secretary.Send("谈心请求").ExpectReply("有 1 位同志想找你谈心，还没有谈：\n• 刘洋（11月25日 10:00提出）");
    }

    [Theory]
    [InlineData("告诉书记")]
    [InlineData("帮我跟书记说一声")]
    public async Task A_bare_tell_the_secretary_asks_what_for_and_a_second_press_sends_nothing_twice(string said)
    {
        // A typed "告诉书记" with no offer before it got "没有理解"; pressed twice after one, it told the 书记 twice.
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);

        branch.LiuYang.Send(said).ExpectReply("想让书记知道什么呢？").WithButtons("告诉书记", "谈心", "匿名建议");
        branch.Secretary.ExpectNoMoreReplies();
        branch.LiuYang.Send("告诉书记").ExpectReply("已告诉书记王书记你想找他谈心");
        branch.Secretary.ExpectNotification("【谈心请求】刘洋想找你谈心谈话");

        branch.LiuYang.Send("告诉书记").ExpectReply("想让书记知道什么呢？");
        branch.LiuYang.Send("告诉书记").ExpectReply("已经告诉过书记王书记想找他谈心");
        branch.Secretary.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task A_member_with_no_requests_is_told_so_and_offered_their_records()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        branch.LiuYang.Send("约谈心").ExpectReply("已告诉书记王书记");

        branch.ChenJing.Send("谁想找我谈心").ExpectReply("目前没有同志向你提出还没谈的谈心请求").WithButtons("谈心记录");
    }
}
