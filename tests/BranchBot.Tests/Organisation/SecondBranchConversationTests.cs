using BranchBot.Tests.Knowledge;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Organisation;

/// <summary>
/// A second branch in the same deployment: 王书记 (the first branch's 书记 and the organisation's 党建专员) sends
/// 新建支部, 李书记 joins with the 书记邀请码 and runs the second branch as a single branch runs; neither branch's
/// people see the other's members, meetings or broadcasts, numbering is per branch, and a restart keeps it all.
/// </summary>
public class SecondBranchConversationTests
{
    [Fact]
    public async Task A_new_branch_is_run_by_its_own_secretary_and_sees_only_itself()
    {
        await using var bot = new BotHarness();
        var (wang, zhang, li, zhao) = TwoBranchScript.Start(bot);

        li.Send("党员名单").ExpectReply("共 2 名党员");
        Assert.Contains("赵六", li.LastReplyText, StringComparison.Ordinal);
        Assert.DoesNotContain("张三", li.LastReplyText, StringComparison.Ordinal);
        wang.Send("党员名单").ExpectReply("共 2 名党员");
        Assert.Contains("张三", wang.LastReplyText, StringComparison.Ordinal);
        Assert.DoesNotContain("赵六", wang.LastReplyText, StringComparison.Ordinal);
        zhao.Send("我的信息").ExpectReply("第二党支部");

        // Each branch's first broadcast is its 广播1, and reaches only its own members.
        Broadcast(li, "第二支部周五集中学习");
        zhao.ExpectNotification("第二支部周五集中学习").Send("收到 广播1").ExpectReply("已确认收到广播 #1");
        Assert.Empty(bot.Channel.TakeFor(zhang.ConversationId));
        Broadcast(wang, "第一支部周六志愿服务");
        zhang.ExpectNotification("第一支部周六志愿服务").Send("收到 广播1").ExpectReply("已确认收到广播 #1");
        Assert.Empty(bot.Channel.TakeFor(zhao.ConversationId));
        li.Send("广播记录").ExpectReply("#1 ");
        Assert.Contains("已回执 1/1", li.LastReplyText, StringComparison.Ordinal);
        Assert.DoesNotContain("志愿服务", li.LastReplyText, StringComparison.Ordinal);

        // A meeting of the second branch is announced to its members only and listed only there.
        li.Send("安排 党员大会 明天下午3点 二楼会议室").ExpectReply("请确认会议安排").Send("确认").ExpectReply("已安排");
        zhao.ExpectNotification("【会议通知】党员大会");
        Assert.Empty(bot.Channel.TakeFor(zhang.ConversationId));
        zhao.Send("近期安排").ExpectReply("二楼会议室");
        zhang.Send("近期安排").ExpectReplyNotContaining(string.Empty, "二楼会议室");
        wang.Send("安排 党员大会 明天上午9点 三楼会议室").ExpectReply("请确认会议安排").Send("确认").ExpectReply("已安排");
        zhang.ExpectNotification("【会议通知】党员大会");
        li.Send("近期安排").ExpectReplyNotContaining("二楼会议室", "三楼会议室");

        // A question 赵六 forwards waits in the second branch's 待答 and is numbered there from 1.
        zhao.Send("党员出国旅游要审批吗").ExpectReply("没有找到确切规定");
        zhao.Send(zhao.ButtonValue("转交书记")).ExpectReply("转交书记（编号 1）");
        li.ExpectNotification("【待答问题】赵六问：「党员出国旅游要审批吗」（编号 1）");
        li.Send("待答问题").ExpectReply("1. 党员出国旅游要审批吗（赵六");
        wang.Send("待答问题").ExpectReply("目前没有待答问题");

        // 谈心 coverage counts each branch's own pairs: two members make one pair.
        li.Send("谈心情况").ExpectReply("要求 1 对");
        wang.Send("谈心情况").ExpectReply("要求 1 对");

        // The organisation's overview lists both branches; a branch secretary without a 党委 role is refused it.
        wang.Send("各支部情况").ExpectReply("共2个支部");
        li.Send("各支部情况").ExpectReply("只有党委书记、党委副书记、组织委员和党建专员可以使用");
        li.Send("新建支部 第三党支部").ExpectReply("只有党委书记、党委副书记、组织委员和党建专员可以新建支部");
    }

    [Fact]
    public async Task The_secretary_code_works_once_and_names_are_checked()
    {
        await using var bot = new BotHarness();
        var wang = bot.ClaimedBranch();
        wang.Send("新建支部 机关第一党支部").ExpectReply("已经有名为「机关第一党支部」的组织了");
        wang.Send("新建支部 第二党支部 机关党总支").ExpectReply("没有找到名为「机关党总支」的党总支");
        wang.Send($"新建支部 {new string('支', 31)}").ExpectReply("支部名称太长了");
        wang.Send("新建支部").ExpectReply("请告诉我新支部的名称");
        wang.Send("第二党支部").ExpectReply("已新建支部「第二党支部」");
        var code = TwoBranchScript.SecretaryCodeIn(wang.LastReplyText);
        wang.Send("新建支部 第二党支部").ExpectReply("已经有名为「第二党支部」的组织了");

        bot.User("li", "李书记").Send($"加入 {code}").ExpectReply("你已成为「第二党支部」的书记");
        var chen = bot.User("chen", "陈某");
        chen.Send($"加入 {code}").ExpectReply("邀请码");
        Assert.DoesNotContain("你已成为", chen.LastReplyText, StringComparison.Ordinal);
        chen.Send("党员名单").ExpectReply("你还没有加入本支部");
    }

    [Fact]
    public async Task After_a_restart_everything_is_still_in_its_branch()
    {
        var path = Path.Combine(Path.GetTempPath(), $"branchbot-branches-{Guid.NewGuid():N}.db");
        var connection = $"Filename={path};Connection=shared";
        try
        {
            await using (var bot = new BotHarness(connectionString: connection))
            {
                var (_, _, li, zhao) = TwoBranchScript.Start(bot);
                li.Send("安排 党员大会 明天下午3点 二楼会议室").ExpectReply("请确认会议安排").Send("确认").ExpectReply("已安排");

                // A 谈心 answer of the second branch goes through its own buffered store and is there after the restart.
                zhao.SkipReplies().Send("谈心").ExpectReply("谢谢你愿意和支部聊聊")
                    .Send("最近在学习党章").ExpectReply("工作上最近有没有遇到")
                    .Send("我的信息").ExpectReply("谈心先暂停，你的回答已经保存");
            }

            await using var restarted = new BotHarness(connectionString: connection);
            var secretary = restarted.User("li", "李书记");
            secretary.Send("党员名单").ExpectReply("共 2 名党员");
            Assert.Contains("赵六", secretary.LastReplyText, StringComparison.Ordinal);
            restarted.User("zhao", "赵六").Send("近期安排").ExpectReply("二楼会议室")
                .Send("谈心").ExpectReply("你今天的谈心还没说完（已回答 1/4 个问题）");
            restarted.User("zhang", "张三").Send("近期安排").ExpectReplyNotContaining(string.Empty, "二楼会议室");
            restarted.User("secretary", "王书记").Send("党员名单").ExpectReplyNotContaining("张三", "赵六");
        }
        finally
        {
            foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileNameWithoutExtension(path) + "*"))
            {
                File.Delete(file);
            }
        }
    }

    private static void Broadcast(ConversationScript secretary, string text) =>
        secretary.Send($"广播 {text}").ExpectReply("发给谁")
            .Send("全体党员").ExpectReply("需要成员点「收到」回执吗")
            .Send("是").ExpectReply("什么时候发送")
            .Send("立即发送").ExpectReply("请确认广播")
            .Send("确认").ExpectReply("已开始发送");
}
