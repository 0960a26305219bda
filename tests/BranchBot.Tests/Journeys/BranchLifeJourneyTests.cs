using BranchBot.Tests.Support;
using Xunit.Abstractions;

namespace BranchBot.Tests.Journeys;

/// <summary>A branch's first weeks, end to end through chat: set-up, members, a meeting, check-in, the record.</summary>
public class BranchLifeJourneyTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_secretary_sets_up_the_branch_arranges_a_meeting_and_members_check_in()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        var zhang = bot.JoinedMember(secretary, "zhang", "张三", "第一党小组");
        var li = bot.JoinedMember(secretary, "li", "李四", "第一党小组");

        secretary.Send("安排 党员大会 11月27日下午3点 三楼会议室 学习党章").ExpectReply("党员大会");
        output.WriteLine(secretary.LastReplyText);
        Assert.Contains("11月27日（星期五）", secretary.LastReplyText, StringComparison.Ordinal);
        secretary.WithButtonsIncluding("确认", "修改", "取消")
            .Send("确认").ExpectReply("已安排");
        output.WriteLine(secretary.LastReplyText);

        zhang.ExpectNotification("党员大会");
        output.WriteLine(zhang.LastReplyText);
        li.ExpectNotification("党员大会");

        li.Send("请假 出差在外").ExpectReply("已提交请假申请：11月27日（星期五）15:00 党员大会「学习党章」。已通知书记审批，结果会告诉你。");
        output.WriteLine(li.LastReplyText);
        secretary.ExpectNotification("李四申请不参加");
        var approve = secretary.LastReply!.SuggestedActions!.Actions.First(a => a.Title!.StartsWith("批准", StringComparison.Ordinal));
        secretary.Send((string)approve.Value!).ExpectReply("已批准李四在11月27日（星期五）15:00 党员大会「学习党章」的请假。已通知李四。");
        output.WriteLine(secretary.LastReplyText);
        li.ExpectNotification("你在11月27日（星期五）15:00 党员大会「学习党章」的请假已获批准（王书记）。");
        output.WriteLine(li.LastReplyText);

        zhang.Send("近期安排").ExpectReply("学习党章");
        output.WriteLine(zhang.LastReplyText);

        bot.Clock.Advance(new DateTimeOffset(2026, 11, 27, 14, 45, 0, TimeSpan.FromHours(8)) - bot.Clock.GetUtcNow());
        zhang.Send("签到").ExpectReply("签到成功");
        output.WriteLine(zhang.LastReplyText);
        zhang.Send("签到").ExpectReply("你已经签到过了：11月27日（星期五）15:00 党员大会「学习党章」（签到时间 11月27日（星期五）14:45），无需重复签到。");

        bot.Clock.Advance(TimeSpan.FromHours(3));
        secretary.Send("签到情况").ExpectReply("已签到（1）：张三");
        output.WriteLine(secretary.LastReplyText);
        Assert.Contains("请假（1）：李四", secretary.LastReplyText, StringComparison.Ordinal);

        secretary.Send("台账 本季度").ExpectReply("党员大会");
        output.WriteLine(secretary.LastReplyText);
    }
}
