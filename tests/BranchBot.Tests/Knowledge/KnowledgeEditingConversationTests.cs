using BranchBot.Tests.Support;

namespace BranchBot.Tests.Knowledge;

public class KnowledgeEditingConversationTests
{
    private const string FileQuestion = "支委会多长时间开一次？";
    private const string FileAnswer = "支部委员会会议一般每月召开1次";

    [Fact]
    public async Task A_corrected_file_entry_answers_at_once_and_deleting_the_correction_brings_the_file_answer_back()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        var member = bot.JoinedMember(secretary, "zhang", "张三");
        member.Send("支委会一个月得开几回？").ExpectReply(FileAnswer);

        secretary.Send($"修改问答 {FileQuestion}").ExpectReply("请确认这条问答").WithButtons("确认", "修改", "取消");
        Assert.Contains("（将替换现有的同名问答）", secretary.LastReplyText, StringComparison.Ordinal);
        secretary.Send("修改").ExpectReply("要修改哪一项").WithButtons("问题", "其他问法", "答案", "依据")
            .Send("答案").ExpectReply("请发送答案（不超过300字）")
            .Send("本支部的支委会每月第一个周一下午召开，遇节假日顺延。").ExpectReply("答案：本支部的支委会每月第一个周一下午召开")
            .Send("确认").ExpectReply("代替问答文件里的同名条目，马上生效");

        member.Send("支委会一个月得开几回？").ExpectReply("每月第一个周一下午召开");
        Assert.Contains("依据：《中国共产党支部工作条例（试行）》", member.LastReplyText, StringComparison.Ordinal);

        secretary.Send($"删除问答 {FileQuestion}").ExpectReply("问答文件里的答案重新生效");
        member.Send("支委会一个月得开几回？").ExpectReply(FileAnswer);
    }

    [Fact]
    public async Task A_new_entry_is_asked_for_step_by_step_with_clear_messages_for_bad_input_and_answers_the_next_question()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        var member = bot.JoinedMember(secretary, "zhang", "张三");

        secretary.Send("添加问答").ExpectReply("请发送要添加的问题")
            .Send(new string('问', 101)).ExpectReply("问题有101个字，太长了，请控制在100字以内。\n请发送要添加的问题")
            .Send("支部的党旗坏了去哪里领？").ExpectReply("常见问法").WithButtons("跳过")
            .Send("党旗破了找谁换；支部党旗到哪里领").ExpectReply("请发送答案")
            .Send(new string('党', 301)).ExpectReply("答案有301个字，超过了300字的上限，请精简后再发（较长的内容可以拆成几条问答）。\n请发送答案")
            .Send("向机关党委办公室领取，登记后即可领新的党旗。").ExpectReply("请发送依据").WithButtons("支部答复")
            .Send("支部答复").ExpectReply("问题：支部的党旗坏了去哪里领？")
            .ExpectNoMoreReplies();
        var preview = secretary.LastReplyText;
        Assert.Contains("其他问法：党旗破了找谁换；支部党旗到哪里领", preview, StringComparison.Ordinal);
        Assert.Contains("依据：支部答复", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("替换", preview, StringComparison.Ordinal);
        secretary.Send("确认").ExpectReply("已添加问答「支部的党旗坏了去哪里领？」，马上生效");

        member.Send("党旗破了找谁换？").ExpectReply("向机关党委办公室领取");
        Assert.Contains("依据：支部答复", member.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adding_the_same_question_again_updates_the_stored_entry_and_cancelling_saves_nothing()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();

        secretary.Send("添加问答 支部的党旗坏了去哪里领").ExpectReply("常见问法").Send("跳过").ExpectReply("请发送答案")
            .Send("找组织委员。").ExpectReply("请发送依据").Send("支部答复").ExpectReply("请确认").Send("确认").ExpectReply("已添加问答");
        secretary.Send("添加问答 支部的党旗坏了去哪里领？").ExpectReply("常见问法").Send("跳过").ExpectReply("请发送答案")
            .Send("向机关党委办公室领取。").ExpectReply("请发送依据").Send("支部答复").ExpectReply("将替换现有的同名问答")
            .Send("确认").ExpectReply("已更新问答");
        secretary.Send("问 支部的党旗坏了去哪里领").ExpectReply("向机关党委办公室领取");

        secretary.Send("添加问答 支部的党旗坏了去哪里领").ExpectReply("常见问法").Send("跳过").ExpectReply("请发送答案")
            .Send("不要了。").ExpectReply("请发送依据").Send("支部答复").ExpectReply("请确认").Send("取消").ExpectReply("已取消");
        secretary.Send("问 支部的党旗坏了去哪里领").ExpectReply("向机关党委办公室领取");
    }

    [Fact]
    public async Task Only_stored_entries_can_be_deleted_and_an_unknown_question_to_correct_offers_the_closest()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();

        secretary.Send($"删除问答 {FileQuestion}").ExpectReply("是问答文件（");
        Assert.Contains("不能在这里删除；可以用「修改问答」更正它", secretary.LastReplyText, StringComparison.Ordinal);
        secretary.Send("删除问答 从来没有的问题").ExpectReply("支部问答库里没有「从来没有的问题」这个问题");
        secretary.Send("删除问答").ExpectReply("要删除哪个问题");
        secretary.Send("取消").ExpectReply("已取消");
        secretary.Send("修改问答").ExpectReply("要修改哪个问题")
            .Send(FileQuestion).ExpectReply("请确认这条问答").Send("取消").ExpectReply("已取消");
        secretary.Send("修改问答 支委会一个月开几回").ExpectReply("问答库里没有「支委会一个月开几回」这个问题").WithButtonsIncluding(FileQuestion);
        Assert.Equal($"修改问答 {FileQuestion}", secretary.ButtonValue(FileQuestion));
    }

    [Fact]
    public async Task Members_are_refused_the_secretary_commands()
    {
        await using var bot = new BotHarness();
        var member = bot.JoinedMember(bot.ClaimedBranch(), "zhang", "张三");

        member.Send("添加问答").ExpectReply("只有书记、副书记和支委可以使用「添加问答」");
        member.Send($"修改问答 {FileQuestion}").ExpectReply("只有书记、副书记和支委可以使用「修改问答」");
        member.Send($"删除问答 {FileQuestion}").ExpectReply("只有书记、副书记和支委可以使用「删除问答」");
        member.Send("待答问题").ExpectReply("只有书记、副书记和支委可以使用「待答问题」");
        member.Send("回答 1 好的").ExpectReply("只有书记、副书记和支委可以使用「回答」");
        member.Send("保存问答 1").ExpectReply("只有书记、副书记和支委可以使用「保存问答」");
        member.Send("问答反馈").ExpectReply("只有书记、副书记和支委可以使用「问答反馈」");
    }
}
