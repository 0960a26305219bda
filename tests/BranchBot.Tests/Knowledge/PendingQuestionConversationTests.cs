using BranchBot.Tests.Support;

namespace BranchBot.Tests.Knowledge;

public class PendingQuestionConversationTests
{
    /// <summary>No entry covers it closely enough to answer (verdict Uncertain with the default thresholds).</summary>
    private const string UncoveredQuestion = "党员出国旅游要审批吗";

    [Fact]
    public async Task A_forwarded_question_is_answered_by_the_secretary_sent_to_the_asker_and_saved_for_the_next_asker()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        var zhang = bot.JoinedMember(secretary, "zhang", "张三");
        var li = bot.JoinedMember(secretary, "li", "李四");

        zhang.Send(UncoveredQuestion).ExpectReply("没有找到确切规定").WithButtonsIncluding("转交书记");
        var forward = zhang.ButtonValue("转交书记");
        Assert.Matches(@"^转交书记 #\d+$", forward);
        zhang.Send(forward).ExpectReply($"已把「{UncoveredQuestion}」转交书记（编号 1），书记答复后会发给你。");
        secretary.ExpectNotification($"【待答问题】张三问：「{UncoveredQuestion}」（编号 1）").WithButtons("待答问题");
        zhang.Send(forward).ExpectReply("已经在书记的待答问题里了（编号 1）");

        secretary.Send("待答问题").ExpectReply($"1. {UncoveredQuestion}（张三，11月25日 10:00）").WithButtons("回答 1");
        secretary.Press("回答 1").ExpectReply($"请发送对第 1 个问题的答复：\n「{UncoveredQuestion}」")
            .Send("因私出国旅游一般不用支部审批；公职人员按本单位因私出国（境）规定报批。").ExpectReply("已把答复发给张三").WithButtons("保存到问答库");
        zhang.ExpectNotification($"【支部答复】你问的「{UncoveredQuestion}」，王书记答复：\n因私出国旅游一般不用支部审批");

        secretary.Press("保存到问答库").ExpectReply("请发送依据").WithButtons("支部答复")
            .Send("支部答复").ExpectReply($"已存入问答库：「{UncoveredQuestion}」（依据：支部答复）");
        secretary.Send("待答问题").ExpectReply("目前没有待答问题");
        secretary.Send("回答 1 再说一遍").ExpectReply("第 1 个问题已经由王书记答复过了");

        li.Send(UncoveredQuestion + "？").ExpectReply("因私出国旅游一般不用支部审批").WithButtons("有用", "没用");
        Assert.Contains("依据：支部答复", li.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answering_in_one_message_and_typing_a_question_to_forward_work_and_bad_numbers_are_explained()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        var zhang = bot.JoinedMember(secretary, "zhang", "张三");

        zhang.Send("转交书记 支部活动经费能不能买茶叶").ExpectReply("已把「支部活动经费能不能买茶叶」转交书记（编号 1）");
        secretary.ExpectNotification("【待答问题】张三问");
        secretary.Send("回答 5 可以").ExpectReply("没有编号为 5 的待答问题");
        secretary.Send("回答").ExpectReply("要答复第几个问题").WithButtons("1")
            .Send("1").ExpectReply("请发送对第 1 个问题的答复")
            .Send("取消").ExpectReply("已取消");
        secretary.Send("回答 1 不可以，活动经费只能用于组织活动。").ExpectReply("已把答复发给张三");
        zhang.ExpectNotification("王书记答复：\n不可以，活动经费只能用于组织活动");
        secretary.Send($"保存问答 1 {new string('x', 0)}").ExpectReply("请发送依据");
        secretary.Send("取消").ExpectReply("已取消");
        secretary.Send("保存问答 1 《中国共产党党费收缴、使用和管理的规定》第十六条").ExpectReply("已存入问答库");
        secretary.Send("保存问答 1 支部答复").ExpectReply("第 1 个问题已经存入问答库了");
        zhang.Send("转交书记").ExpectReply("请写上要转交书记的问题");
    }

    [Fact]
    public async Task Saving_an_answer_longer_than_an_entry_may_be_is_refused_with_the_reason()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        var zhang = bot.JoinedMember(secretary, "zhang", "张三");
        zhang.Send("转交书记 支部活动经费能不能买茶叶").ExpectReply("已把「支部活动经费能不能买茶叶」转交书记（编号 1）");
        secretary.ExpectNotification("【待答问题】");

        secretary.Send($"回答 1 {new string('长', 320)}").ExpectReply("已把答复发给张三");
        secretary.Send("保存问答 1 支部答复").ExpectReply("答案有320个字，超过了300字的上限");
    }

    [Fact]
    public async Task The_deputy_secretary_is_told_too_and_any_committee_member_may_answer()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        var zhang = bot.JoinedMember(secretary, "zhang", "张三");
        var li = bot.JoinedMember(secretary, "li", "李四");
        var zhao = bot.JoinedMember(secretary, "zhao", "赵六");
        secretary.Send("设置角色 李四 副书记").ExpectReply("已将「李四」的角色由党员改为副书记。");
        secretary.Send("设置角色 赵六 支委").ExpectReply("已将「赵六」的角色由党员改为支委。");
        li.ExpectNotification("改为副书记");
        zhao.ExpectNotification("改为支委");
        li.Send("待答问题").ExpectReply("目前没有待答问题");

        zhang.Send("转交书记 支部活动经费能不能买茶叶").ExpectReply("已把「支部活动经费能不能买茶叶」转交书记（编号 1）");
        secretary.ExpectNotification("【待答问题】张三问");
        li.ExpectNotification("【待答问题】张三问");
        zhao.ExpectNoMoreReplies();

        zhao.Send("回答 1 不可以").ExpectReply("已把答复发给张三");
        zhang.ExpectNotification("赵六答复：\n不可以");
    }
}
