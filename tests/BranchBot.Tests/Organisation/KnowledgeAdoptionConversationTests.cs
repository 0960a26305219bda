using BranchBot.Tests.Support;

namespace BranchBot.Tests.Organisation;

/// <summary>
/// A branch's own 问答 answers only its members until the 党委 adopts it (采纳问答); then every branch is answered from
/// it, its branch alone still edits it, another branch cannot delete it, and 取消采纳 gives it back to its branch.
/// </summary>
public class KnowledgeAdoptionConversationTests
{
    private const string Question = "支部的党旗坏了去哪里领";

    [Fact]
    public async Task An_adopted_entry_answers_every_branch_is_edited_by_its_own_branch_only_and_can_be_withdrawn()
    {
        await using var bot = new BotHarness();
        var (wang, zhang, li, zhao) = TwoBranchScript.Start(bot);
        li.Send($"添加问答 {Question}").ExpectReply("常见问法").Send("跳过").ExpectReply("请发送答案")
            .Send("向机关党委办公室领取，登记后即可领新的党旗。").ExpectReply("请发送依据").Send("支部答复").ExpectReply("请确认")
            .Send("确认").ExpectReply("已添加问答");
        zhao.Send($"问 {Question}").ExpectReply("机关党委办公室");
        zhang.Send($"问 {Question}").ExpectReplyNotContaining("没有找到确切规定", "机关党委办公室");

        wang.Send("各支部问答").ExpectReply("未采纳：\n· 第二党支部：支部的党旗坏了去哪里领").WithButtons($"采纳问答 第二党支部：{Question}");
        wang.Send($"采纳问答 第二党支部：{Question}").ExpectReply("已采纳第二党支部的问答");
        wang.Send($"采纳问答 {Question}").ExpectReply("已经采纳过了");
        zhang.Send($"问 {Question}").ExpectReply("机关党委办公室");

        li.Send($"添加问答 {Question}").ExpectReply("常见问法").Send("跳过").ExpectReply("请发送答案")
            .Send("到街道党工委党群服务中心领取。").ExpectReply("请发送依据").Send("支部答复").ExpectReply("请确认")
            .Send("确认").ExpectReply("已更新问答");
        zhang.Send($"问 {Question}").ExpectReply("街道党工委党群服务中心");
        wang.Send($"删除问答 {Question}").ExpectReply("是党委采纳的其他支部问答，只能由原支部修改或删除");
        zhang.Send($"问 {Question}").ExpectReply("街道党工委党群服务中心");

        wang.Send($"取消采纳 第二党支部：{Question}").ExpectReply("已取消采纳");
        zhang.Send($"问 {Question}").ExpectReplyNotContaining("没有找到确切规定", "党群服务中心");
        zhao.Send($"问 {Question}").ExpectReply("街道党工委党群服务中心");
    }

    [Fact]
    public async Task Only_party_committee_roles_adopt_and_an_unknown_question_is_said_so()
    {
        await using var bot = new BotHarness();
        var (wang, _, li, _) = TwoBranchScript.Start(bot);

        li.Send("各支部问答").ExpectReply("只有党委书记");
        li.Send($"采纳问答 {Question}").ExpectReply("只有党委书记");
        wang.Send("各支部问答").ExpectReply("各支部还没有自己添加的问答");
        wang.Send("采纳问答 三会一课是什么").ExpectReply("各支部自己添加的问答里没有「三会一课是什么」");
        wang.Send("采纳问答").ExpectReply("请发送要采纳的问题");
    }
}
