namespace BranchBot.Tests.Broadcasts;

/// <summary>
/// A secretary's broadcast as typed (issue 13): "…，需要回执" at the end of the line was asked again and sent to the
/// members as part of the notice; "回执情况" after the only broadcast asked which one. Clock: 2026-11-25 10:00, Beijing.
/// </summary>
public class BroadcastPhrasingConversationTests
{
    [Theory]
    [InlineData("广播 明天下午的主题党日请大家准时参加，需要回执", "需要回执：是")]
    [InlineData("广播 明天下午的主题党日请大家准时参加。不需要回执", "需要回执：否")]
    [InlineData("广播 明天下午的主题党日请大家准时参加 要回执", "需要回执：是")]
    public async Task A_closing_receipt_clause_answers_the_receipt_question_and_leaves_the_notice(string line, string receipt)
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Secretary.Send(line).ExpectReply("发给谁")
            .Send("全体党员").ExpectReply("什么时候发送")
            .Send("立即发送").ExpectReply("请确认广播");
        var preview = branch.Secretary.LastReplyText;
        Assert.Contains("内容：明天下午的主题党日请大家准时参加\n", preview, StringComparison.Ordinal);
        Assert.Contains(receipt, preview, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("广播 明天开会，收到请回执", "收到请回执")]
    [InlineData("广播 周六上午9点社区志愿服务，在东门集合，收到请回复", "收到请回复")]
    [InlineData("广播 本周五交学习心得，请大家回复收到", "请大家回复收到")]
    public async Task A_receipt_request_inside_the_notice_stays_in_it_and_is_read_as_wanting_a_receipt(string line, string words)
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Secretary.Send(line).ExpectReply("发给谁")
            .Send("全体党员").ExpectReply("什么时候发送")
            .Send("立即发送").ExpectReply("需要回执：是");
        Assert.Contains($"内容里写了「{words}」", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("内容：" + line["广播 ".Length..], branch.Secretary.LastReplyText, StringComparison.Ordinal);

        branch.Secretary.Send("修改").ExpectReply("要修改哪一项")
            .Send("回执").ExpectReply("需要成员点「收到」回执吗")
            .Send("不用").ExpectReply("需要回执：否");
        Assert.DoesNotContain("内容里写了", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("广播 周六志愿服务，请回复报名人数")]
    [InlineData("广播 活动地点等收到回复后再定")]
    public async Task A_notice_that_only_asks_for_an_answer_still_asks_about_the_receipt(string line)
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Secretary.Send(line).ExpectReply("发给谁")
            .Send("全体党员").ExpectReply("需要成员点「收到」回执吗");
    }

    [Fact]
    public async Task Receipts_of_the_only_broadcast_are_shown_without_asking_which()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot).Broadcast("今晚8点线上学习");
        branch.Deliver();
        branch.Secretary.Send("回执情况").ExpectReply("未送达（");
        Assert.Contains("「今晚8点线上学习」", branch.Secretary.LastReplyText, StringComparison.Ordinal);

        branch.Broadcast("周五交学习心得");
        branch.Secretary.Send("回执情况").ExpectReply("是哪一条广播");
    }

    [Fact]
    public async Task Reminding_still_asks_which_broadcast_even_when_there_is_one()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot).Broadcast("今晚8点线上学习");
        branch.Deliver();
        branch.Secretary.Send("催一下没回的").ExpectReply("你是想「催收」吗").WithButtons("催收")
            .Send("催收").ExpectReply("是哪一条广播");
    }

    [Fact]
    public async Task Another_command_typed_at_the_which_broadcast_question_runs_instead_of_being_asked_again()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot).Broadcast("今晚8点线上学习");
        branch.Deliver();
        branch.Secretary.Send("催收").ExpectReply("是哪一条广播")
            .Send("安排 党员大会 下周四下午3点 三楼会议室").ExpectReply("请确认会议安排")
            .Send("确认").ExpectReply("已安排");
    }

    [Fact]
    public async Task A_free_text_answer_that_starts_with_a_command_word_stays_the_answer()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Secretary.Send("匿名建议").ExpectReply("建议")
            .Send("签到 太麻烦了，建议简化").ExpectReply("已匿名提交你的建议");
    }

    [Fact]
    public async Task Words_that_name_no_broadcast_at_the_which_one_question_are_not_asked_about_forever()
    {
        // "这个季度党课开了没" at "是哪一条广播" was fed back to the question again and again, every later message too.
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot).Broadcast("今晚8点线上学习").Broadcast("周五交学习心得");
        branch.Secretary.Send("回执情况").ExpectReply("是哪一条广播")
            .Send("这个季度党课开了没").ExpectReply("没有看出「这个季度党课开了没」是哪一条广播")
            .Send("这个季度党课开了没").ExpectReply("2026年第四季度党课台账");
    }
}
