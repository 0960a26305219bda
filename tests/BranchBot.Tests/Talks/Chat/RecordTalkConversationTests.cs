using BranchBot.Core.Talks;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Talks.Chat;

public class RecordTalkConversationTests
{
    [Fact]
    public async Task One_line_records_a_face_to_face_talk_today_and_tells_the_other_side_without_content()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Zhang.Send("记录谈心 王书记 交流了近期学习体会").ExpectReply("已记录：11月25日（星期三）与王书记的谈心谈话（面谈）");
        Assert.Contains("主要内容：交流了近期学习体会", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("计入你们双方今年的谈心谈话，已告知王书记", branch.Zhang.LastReplyText, StringComparison.Ordinal);

        branch.Secretary.ExpectNotification("【谈心记录】张三记录了11月25日（星期三）与你的谈心谈话（面谈）").WithButtons("谈心记录");
        Assert.DoesNotContain("学习体会", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_guided_way_asks_each_part_refuses_a_future_date_and_records_on_confirmation()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Li.Send("记录谈心").ExpectReply("和谁谈的")
            .Send("钱八").ExpectReply("没有找到党员「钱八」");
        Assert.Contains("和谁谈的", branch.Li.LastReplyText, StringComparison.Ordinal);

        branch.Li.Send("赵六").ExpectReply("是哪天谈的")
            .Send("明天").ExpectReply("11月26日还没到，只能记录已经进行过的谈话")
            .Send("11月20日").ExpectReply("以什么形式谈的").WithButtons("面谈", "电话", "线上")
            .Send("电话").ExpectReply("主要谈了哪些内容")
            .Send("工作安排和思想状况").ExpectReply("发现了什么问题").WithButtons("跳过")
            .Send("跳过").ExpectReply("需要做哪些后续跟进").WithButtons("跳过")
            .Send("下月再聊一次").ExpectReply("请确认谈心记录").WithButtons("确认", "取消");
        var summary = branch.Li.LastReplyText;
        Assert.Contains("谈话对象：赵六", summary, StringComparison.Ordinal);
        Assert.Contains("日期：11月20日（星期五）", summary, StringComparison.Ordinal);
        Assert.Contains("形式：电话", summary, StringComparison.Ordinal);
        Assert.Contains("发现问题：（无）", summary, StringComparison.Ordinal);
        Assert.Contains("后续跟进：下月再聊一次", summary, StringComparison.Ordinal);

        branch.Li.Send("确认").ExpectReply("已记录：11月20日（星期五）与赵六的谈心谈话（电话）");
        branch.Zhao.ExpectNotification("【谈心记录】李四记录了11月20日（星期五）与你的谈心谈话（电话）");

        branch.Zhao.Send("谈心记录").ExpectReply("你的谈心谈话记录");
        Assert.Contains("11月20日 电话 李四—赵六", branch.Zhao.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("后续跟进：下月再聊一次", branch.Zhao.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirming_again_after_the_reply_was_lost_records_the_talk_once_and_tells_the_partner_once()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Li.Send("记录谈心 赵六").ExpectReply("是哪天谈的")
            .Send("11月20日").ExpectReply("以什么形式")
            .Send("电话").ExpectReply("主要谈了哪些内容")
            .Send("工作安排").ExpectReply("发现了什么问题")
            .Send("跳过").ExpectReply("后续跟进")
            .Send("跳过").ExpectReply("请确认谈心记录")
            .SendWhileChannelFails("确认")
            .Send("确认").ExpectReply("已记录（11月20日（星期五）与赵六的谈心谈话），不会重复记录。");

        Assert.Single(await bot.Services.GetRequiredService<ITalkStore>().ListAsync(CancellationToken.None));
        branch.Zhao.ExpectNotification("【谈心记录】李四记录了11月20日").ExpectNoMoreReplies();
    }

    [Fact]
    public async Task A_name_alone_goes_straight_to_the_date_and_a_cancelled_record_is_not_stored()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Secretary.Send("记录谈心 张三").ExpectReply("是哪天谈的")
            .Send("昨天").ExpectReply("以什么形式")
            .Send("线上").ExpectReply("主要谈了哪些内容")
            .Send("谈了入党积极分子培养").ExpectReply("发现了什么问题")
            .Send("无").ExpectReply("后续跟进")
            .Send("无").ExpectReply("日期：11月24日（星期二）")
            .Send("取消").ExpectReply("已取消当前操作");

        branch.Secretary.Send("谈心记录 张三").ExpectReply("谈话记录：暂无");
        branch.Zhang.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Recording_a_talk_with_someone_not_in_the_branch_is_refused()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Zhang.Send("记录谈心 钱八 聊了聊").ExpectReply("没有找到党员「钱八」");
        branch.Zhang.Send("记录谈心 张三 自己和自己").ExpectReply("谈心谈话需要两个人");
        bot.User("stranger").Send("记录谈心 张三 聊了聊").ExpectReply("你还没有加入本支部");
    }
}
