using BranchBot.Core.Talks;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Talks.Chat;

public class FeedbackConversationTests
{
    private static readonly string[] TopicTitles = ["近期思想和学习情况", "工作上的困难", "生活上需要组织帮助的事", "对支部工作的意见建议"];

    [Fact]
    public async Task The_conversation_asks_the_four_questions_one_at_a_time_and_submits_on_confirmation()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Zhang.Send("谈心").ExpectReply("谢谢你愿意和支部聊聊").WithButtons("跳过");
        Assert.Contains("最近思想上、学习上有什么体会", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        Assert.DoesNotContain("工作上", branch.Zhang.LastReplyText, StringComparison.Ordinal);

        branch.Zhang.Send("最近在学习党章，收获很大").ExpectReply("谢谢你的分享").WithButtons("跳过");
        Assert.Contains("工作上最近有没有遇到什么困难", branch.Zhang.LastReplyText, StringComparison.Ordinal);

        branch.Zhang.Send("跳过").ExpectReply("工作上的困难这题先跳过");
        Assert.Contains("生活上有没有需要组织帮忙的事", branch.Zhang.LastReplyText, StringComparison.Ordinal);

        branch.Zhang.Send("没有").ExpectReply("暂时不需要帮忙就好");
        Assert.Contains("最后一个问题", branch.Zhang.LastReplyText, StringComparison.Ordinal);

        branch.Zhang.Send("希望多组织专题学习").ExpectReply("谢谢你的建议").WithButtons("确认提交", "修改", "取消");
        var summary = branch.Zhang.LastReplyText;
        Assert.Contains("1. 近期思想和学习情况：最近在学习党章，收获很大", summary, StringComparison.Ordinal);
        Assert.Contains("2. 工作上的困难：（跳过）", summary, StringComparison.Ordinal);
        Assert.Contains("3. 生活上需要组织帮助的事：没有", summary, StringComparison.Ordinal);
        Assert.Contains("4. 对支部工作的意见建议：希望多组织专题学习", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("看望", summary, StringComparison.Ordinal);

        branch.Zhang.Send("确认提交").ExpectReplyNotContaining("谢谢你的信任！谈心内容已经提交，书记会认真看。", "联系");
        branch.Zhang.ExpectNoMoreReplies();

        branch.Secretary.ExpectNotification("【谈心】张三提交了谈心反馈");
        Assert.DoesNotContain("党章", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.DoesNotContain("必访", branch.Secretary.LastReplyText, StringComparison.Ordinal);

        branch.Secretary.Send("谈心记录 张三").ExpectReply("张三的谈心谈话记录");
        Assert.Contains("近期思想和学习情况：最近在学习党章，收获很大", branch.Secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("工作上的困难：（跳过）", branch.Secretary.LastReplyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("啊？")]
    [InlineData("什么意思?")]
    public async Task A_puzzled_word_asked_back_repeats_the_question_and_is_not_taken_as_the_answer(string puzzled)
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Zhang.Send("谈心").ExpectReply("谢谢你愿意和支部聊聊");
        branch.Zhang.Send("最近在学习党章").ExpectReply("谢谢你的分享");
        branch.Zhang.Send("跳过").ExpectReply("这题先跳过");
        branch.Zhang.Send("没有").ExpectReply("最后一个问题");

        // It was thanked as a suggestion and shown as answer 4.
        branch.Zhang.Send(puzzled).ExpectReply("对支部的工作，你有什么意见或建议？").WithButtons("跳过");
        Assert.DoesNotContain("谢谢你的建议", branch.Zhang.LastReplyText, StringComparison.Ordinal);

        branch.Zhang.Send("希望多组织专题学习").ExpectReply("谢谢你的建议");
        Assert.Contains("4. 对支部工作的意见建议：希望多组织专题学习", branch.Zhang.LastReplyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("这个要写多少字？", "不限字数")]
    [InlineData("谈心是干嘛的", "谈心是支部了解党员")]
    [InlineData("谁能看到我写的？", "只有你本人和支部书记能看到")]
    [InlineData("必须回答吗", "回复「跳过」就行")]
    [InlineData("写什么呢", "想到什么说什么")]
    public async Task A_question_about_the_talk_is_answered_and_the_same_question_asked_again_keeping_the_draft(string question, string answer)
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Zhang.Send("谈心").ExpectReply("谢谢你愿意和支部聊聊");
        branch.Zhang.Send("最近在学习党章，收获很大").ExpectReply("谢谢你的分享");

        branch.Zhang.Send(question).ExpectReply(answer).WithButtons("跳过");
        Assert.Contains("工作上最近有没有遇到什么困难", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("已经回答的内容都保留着", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        Assert.DoesNotContain("记下了", branch.Zhang.LastReplyText, StringComparison.Ordinal);

        branch.Zhang.Send("项目进度有点紧").ExpectReply("工作上的这些情况我记下了");
        branch.Zhang.Send("没有").ExpectReply("最后一个问题");
        branch.Zhang.Send("能不能多组织些专题学习？").ExpectReply("我们聊的内容如下");
        var summary = branch.Zhang.LastReplyText;
        Assert.Contains("1. 近期思想和学习情况：最近在学习党章，收获很大", summary, StringComparison.Ordinal);
        Assert.Contains("2. 工作上的困难：项目进度有点紧", summary, StringComparison.Ordinal);
        Assert.Contains("4. 对支部工作的意见建议：能不能多组织些专题学习？", summary, StringComparison.Ordinal);
        Assert.DoesNotContain(question, summary, StringComparison.Ordinal);

        branch.Zhang.Send("嗯嗯").ExpectReply("谈心内容已经提交");
    }

    [Theory]
    [InlineData("希望意见箱是匿名的")]
    [InlineData("希望支部会公开党费收支")]
    [InlineData("每个人都要写学习心得")]
    public async Task A_suggestion_that_mentions_readers_or_writing_is_an_answer_not_a_question_about_the_talk(string suggestion)
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Zhang.Send("谈心").ExpectReply("谢谢你愿意和支部聊聊");
        branch.Zhang.Send("跳过").ExpectReply("工作上");
        branch.Zhang.Send("跳过").ExpectReply("生活上");
        branch.Zhang.Send("没有").ExpectReply("最后一个问题");
        branch.Zhang.Send(suggestion).ExpectReply("我们聊的内容如下");
        Assert.Contains("4. 对支部工作的意见建议：" + suggestion, branch.Zhang.LastReplyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("提交")]
    [InlineData("就这些吧")]
    public async Task Submit_typed_at_the_last_question_leaves_it_unanswered_instead_of_storing_it_as_the_suggestion(string typed)
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Zhang.Send("谈心").ExpectReply("谢谢你愿意和支部聊聊");
        branch.Zhang.Send("还行吧").ExpectReply("工作上");
        branch.Zhang.Send("没啥问题").ExpectReply("生活上");
        branch.Zhang.Send("不用").ExpectReply("最后一个问题");
        branch.Zhang.Send(typed).ExpectReply("我们聊的内容如下").WithButtons("确认提交", "修改", "取消");
        Assert.Contains("4. 对支部工作的意见建议：（跳过）", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        branch.Zhang.Send("确认提交").ExpectReply("谈心内容已经提交");
    }

    [Fact]
    public async Task Submit_pressed_again_after_the_submission_says_nothing_is_submitted_twice()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Zhang.Send("谈心").ExpectReply("谢谢你愿意和支部聊聊");
        branch.Zhang.Send("还行吧").ExpectReply("工作上");
        branch.Zhang.Send("没啥问题").ExpectReply("生活上");
        branch.Zhang.Send("不用").ExpectReply("最后一个问题");
        branch.Zhang.Send("多搞点实践活动").ExpectReply("我们聊的内容如下");
        branch.Zhang.Send("确认提交").ExpectReply("谈心内容已经提交")
            .Send("确认提交").ExpectReply("现在没有等待提交的谈心，刚才的已经处理过了，不会重复提交");
        branch.Secretary.ExpectNotification("【谈心】张三提交了谈心反馈").ExpectNoMoreReplies();
        branch.Secretary.Send("谈心记录 张三").ExpectReply("多搞点实践活动");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(branch.Secretary.LastReplyText, "多搞点实践活动"));
    }

    [Fact]
    public async Task A_summary_asked_again_does_not_repeat_the_thanks_for_the_last_answer()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        AnswerAll(branch.Zhang, "学习了二十大报告", "跳过", "跳过", "希望多组织专题学习");
        Assert.StartsWith("谢谢你的建议。", branch.Zhang.LastReplyText, StringComparison.Ordinal);

        // The retry read "请点选下面的一个选项，或回复它的序号。谢谢你的建议。我们聊的内容如下…": thanks for nothing new.
        branch.Zhang.Send("不知道").ExpectReply("请点选下面的一个选项").WithButtons("确认提交", "修改", "取消");
        Assert.DoesNotContain("谢谢你的建议", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("4. 对支部工作的意见建议：希望多组织专题学习", branch.Zhang.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Modifying_asks_which_answer_to_redo_and_shows_the_new_summary()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        AnswerAll(branch.Zhang, "学习了二十大报告", "项目进度有点紧", "跳过", "跳过");
        branch.Zhang.Send("修改").ExpectReply("要修改哪一项").WithButtons(TopicTitles);
        branch.Zhang.Send("工作上的困难").ExpectReply("你原来的回答是：「项目进度有点紧」").WithButtons("跳过");
        branch.Zhang.Send("人手不够，加班多").ExpectReply("工作上的这些情况我记下了");
        Assert.Contains("2. 工作上的困难：人手不够，加班多", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("1. 近期思想和学习情况：学习了二十大报告", branch.Zhang.LastReplyText, StringComparison.Ordinal);

        branch.Zhang.Send("修改").ExpectReply("要修改哪一项")
            .Send("生活上需要组织帮助的事").ExpectReply("这题你上次跳过了")
            .Send("孩子上学的事想咨询一下").ExpectReply("3. 生活上需要组织帮助的事：孩子上学的事想咨询一下")
            .Send("确认提交").ExpectReply("谈心内容已经提交");
    }

    [Fact]
    public async Task Cancelling_deletes_the_answers_and_the_next_conversation_starts_afresh()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Zhang.Send("谈心").ExpectReply("谢谢你愿意和支部聊聊")
            .Send("最近在学习党章").ExpectReply("工作上最近有没有遇到")
            .Send("取消").ExpectReply("这次谈心的内容已经删除，没有提交");
        branch.Zhang.ExpectNoMoreReplies();

        Assert.Null(await SessionOfAsync(bot, "张三"));
        branch.Zhang.Send("谈心").ExpectReplyNotContaining("谢谢你愿意和支部聊聊", "继续");
        branch.Secretary.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Cancelling_at_the_summary_submits_nothing()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        AnswerAll(branch.Zhang, "学习了二十大报告", "跳过", "跳过", "跳过");
        branch.Zhang.Send("取消").ExpectReply("没有提交");
        branch.Zhang.ExpectNoMoreReplies();

        branch.Zhang.Send("谈心记录").ExpectReply("你的谈心谈话记录");
        Assert.Contains("谈心反馈：暂无", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        branch.Secretary.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Another_command_pauses_the_conversation_and_it_resumes_where_it_stopped_the_same_day()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Zhang.Send("谈心").ExpectReply("谢谢你愿意和支部聊聊")
            .Send("最近在学习党章").ExpectReply("工作上最近有没有遇到")
            .Send("帮助").ExpectReply("我可以帮你").ExpectReply("工作上最近有没有遇到")
            .Send("跳过").ExpectReply("生活上有没有需要组织帮忙")
            .Send("我的信息").ExpectReply("谈心先暂停，你的回答已经保存").ExpectReply("姓名：张三\n");

        bot.Clock.Advance(TimeSpan.FromHours(5));
        branch.Zhang.Send("谈心").ExpectReply("你今天的谈心还没说完（已回答 2/4 个问题）").WithButtons("继续", "重新开始")
            .Send("继续").ExpectReply("好的，我们接着聊");
        Assert.Contains("生活上有没有需要组织帮忙", branch.Zhang.LastReplyText, StringComparison.Ordinal);

        branch.Zhang.Send("没有").ExpectReply("最后一个问题")
            .Send("跳过").ExpectReply("1. 近期思想和学习情况：最近在学习党章");
        Assert.Contains("2. 工作上的困难：（跳过）", branch.Zhang.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_at_continue_or_start_over_is_answered_and_the_answers_stay_saved()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Zhang.Send("谈心").ExpectReply("谢谢你愿意和支部聊聊")
            .Send("最近在学习党章").ExpectReply("工作上最近有没有遇到")
            .Send("近期安排").ExpectReply("谈心先暂停").ExpectReply("你近期没有需要参加的会议。");

        // A question of the member's own at 继续/重新开始 was met with "请点选下面的一个选项" three times, then a stop.
        branch.Zhang.Send("谈心").ExpectReply("已回答 1/4 个问题")
            .Send("我工资八千五 党费该交多少啊").ExpectReply("都已保存");
        Assert.DoesNotContain("请点选", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        branch.Zhang.ExpectReply("党费");

        branch.Zhang.Send("谈心").ExpectReply("已回答 1/4 个问题");
    }

    [Fact]
    public async Task Starting_over_drops_the_saved_answers()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Zhang.Send("谈心").ExpectReply("谢谢你愿意和支部聊聊")
            .Send("最近在学习党章").ExpectReply("工作上最近有没有遇到")
            .Send("近期安排").ExpectReply("谈心先暂停").ExpectReply("你近期没有需要参加的会议。");

        branch.Zhang.Send("谈心").ExpectReply("已回答 1/4 个问题")
            .Send("重新开始").ExpectReply("之前的回答已经删除，我们重新开始");
        Assert.Contains("最近思想上、学习上有什么体会", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        var session = await SessionOfAsync(bot, "张三");
        Assert.Null(session);
    }

    [Fact]
    public async Task Sending_谈心_inside_the_conversation_repeats_the_current_question()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Zhang.Send("谈心").ExpectReply("谢谢你愿意和支部聊聊")
            .Send("谈心").ExpectReply("最近思想上、学习上有什么体会")
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task The_next_day_starts_a_fresh_conversation_instead_of_offering_to_resume()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Zhang.Send("谈心").ExpectReply("谢谢你愿意和支部聊聊")
            .Send("最近在学习党章").ExpectReply("工作上最近有没有遇到")
            .Send("我的信息").ExpectReply("谈心先暂停").ExpectReply("姓名：张三\n");

        branch.DaysLater(1);
        branch.Zhang.Send("谈心").ExpectReplyNotContaining("谢谢你愿意和支部聊聊", "继续");
        Assert.Contains("最近思想上、学习上有什么体会", branch.Zhang.LastReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_sent_the_next_day_to_a_forgotten_conversation_is_not_taken_as_an_answer()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Zhang.Send("谈心").ExpectReply("谢谢你愿意和支部聊聊")
            .Send("最近在学习党章").ExpectReply("工作上最近有没有遇到");

        branch.DaysLater(1);
        branch.Zhang.Send("挺好的").ExpectReply("没有在当天说完，内容已经清除").ExpectNoMoreReplies();
        Assert.Null(await SessionOfAsync(bot, "张三"));
    }

    [Fact]
    public async Task Skipping_everything_submits_nothing()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Zhang.Send("谈心").ExpectReply("谢谢你愿意和支部聊聊")
            .Send("跳过").ExpectReply("这题先跳过")
            .Send("跳过").ExpectReply("工作上的困难这题先跳过")
            .Send("跳过").ExpectReply("这题先跳过")
            .Send("跳过").ExpectReply("四个问题都跳过了，这次就不提交了")
            .ExpectNoMoreReplies();
        branch.Secretary.ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Answers_are_stored_protected_while_the_conversation_is_in_progress()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Zhang.Send("谈心").ExpectReply("谢谢你愿意和支部聊聊")
            .Send("最近在学习党章").ExpectReply("工作上最近有没有遇到");

        var zhang = await bot.Membership.FindByNameAsync("张三", CancellationToken.None);
        var draft = await bot.Services.GetRequiredService<IFeedbackStore>().GetDraftAsync(zhang!.Id, CancellationToken.None);
        var stored = Assert.Single(draft!.Answers);
        Assert.DoesNotContain("党章", stored.ProtectedText, StringComparison.Ordinal);
    }

    internal static void AnswerAll(ConversationScript member, params string[] answers)
    {
        member.Send("谈心").ExpectReply("谢谢你愿意和支部聊聊");
        for (var i = 0; i < answers.Length - 1; i++)
        {
            member.Send(answers[i]).ExpectReply(string.Empty);
        }

        member.Send(answers[^1]).ExpectReply("我们聊的内容如下");
    }

    private static async Task<FeedbackSession?> SessionOfAsync(BotHarness bot, string name)
    {
        var member = await bot.Membership.FindByNameAsync(name, CancellationToken.None);
        return await bot.Services.GetRequiredService<FeedbackService>().GetSessionAsync(member!, CancellationToken.None);
    }
    [Fact]
    public async Task Saying_the_previous_answer_was_wrong_corrects_that_answer_and_asks_the_current_question_again()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Zhang.Send("谈心").ExpectReply("谢谢你愿意和支部聊聊");
        branch.Zhang.Send("最近在学习党章").ExpectReply("谢谢你的分享");
        branch.Zhang.Send("其实也不算困难吧").ExpectReply("生活上有没有需要组织帮忙的事");

        branch.Zhang.Send("算了，刚才那个说错了，工作上其实挺困难的，项目一直延期").ExpectReply("「工作上的困难」的回答已改为你刚才说的");
        Assert.Contains("生活上有没有需要组织帮忙的事", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        Assert.DoesNotContain("经济上", branch.Zhang.LastReplyText, StringComparison.Ordinal);
        branch.Zhang.Send("没有").ExpectReply("最后一个问题");
        branch.Zhang.Send("希望多组织专题学习").ExpectReply("确认提交");
        var summary = branch.Zhang.LastReplyText;
        Assert.Contains("2. 工作上的困难：工作上其实挺困难的，项目一直延期", summary, StringComparison.Ordinal);
        Assert.Contains("3. 生活上需要组织帮助的事：没有", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("看望", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wanting_to_change_the_previous_answer_without_saying_how_asks_that_question_again()
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Zhang.Send("谈心").ExpectReply("谢谢你愿意和支部聊聊");
        branch.Zhang.Send("最近在学习党章").ExpectReply("谢谢你的分享");

        branch.Zhang.Send("不对，上一个问题我想改一下").ExpectReply("你原来的回答是：「最近在学习党章」");
        branch.Zhang.Send("最近在学习四中全会精神，收获很大").ExpectReply("工作上最近有没有遇到什么困难");
        branch.Zhang.Send("跳过").ExpectReply("生活上");
        branch.Zhang.Send("跳过").ExpectReply("最后一个问题");
        branch.Zhang.Send("跳过").ExpectReply("确认提交");
        Assert.Contains("1. 近期思想和学习情况：最近在学习四中全会精神，收获很大", branch.Zhang.LastReplyText, StringComparison.Ordinal);
    }
    [Theory]
    [InlineData("没什么建议")]
    [InlineData("暂时没有什么意见")]
    [InlineData("没啥建议了")]
    public async Task Nothing_to_suggest_in_other_words_is_not_thanked_as_a_suggestion(string answer)
    {
        await using var bot = TalkBranch.NewBot();
        var branch = new TalkBranch(bot);
        branch.Zhang.Send("谈心").ExpectReply("谢谢你愿意和支部聊聊");
        branch.Zhang.Send("最近在学习党章").ExpectReply("谢谢你的分享");
        branch.Zhang.Send("没什么困难").ExpectReply("工作上暂时没有困难");
        branch.Zhang.Send("跳过").ExpectReply("最后一个问题");

        branch.Zhang.Send(answer).ExpectReplyNotContaining("以后有想法，也可以随时发送「匿名建议」", "谢谢你的建议");
    }
}
