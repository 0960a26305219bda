using BranchBot.Core.Talks;
using static BranchBot.Tests.Talks.TalkBranch;

namespace BranchBot.Tests.Talks;

public class FeedbackSessionTests
{
    [Fact]
    public async Task Answers_are_saved_as_the_member_goes_and_resume_later_the_same_day()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");

        var fresh = await branch.Feedback.StartAsync(zhang, None);
        await branch.Feedback.AnswerAsync(zhang, FeedbackTopic.ThoughtAndStudy, " 最近在学习党章 ", None);
        await branch.Feedback.SkipAsync(zhang, FeedbackTopic.WorkDifficulties, None);
        branch.SetNow(Beijing(2026, 11, 25, 23, 50));
        var resumed = await branch.Feedback.StartAsync(zhang, None);

        Assert.False(fresh.Resumed);
        Assert.Equal(FeedbackTopic.ThoughtAndStudy, fresh.NextTopic);
        Assert.True(resumed.Resumed);
        Assert.Equal(new DateOnly(2026, 11, 25), resumed.Date);
        Assert.Equal([new FeedbackAnswer(FeedbackTopic.ThoughtAndStudy, "最近在学习党章"), new FeedbackAnswer(FeedbackTopic.WorkDifficulties, null)], resumed.Answers);
        Assert.Equal(FeedbackTopic.LifeHelp, resumed.NextTopic);
        Assert.False(resumed.IsComplete);
    }

    [Fact]
    public async Task A_draft_from_an_earlier_branch_local_day_is_discarded()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");
        await branch.Feedback.AnswerAsync(zhang, FeedbackTopic.ThoughtAndStudy, "最近在学习党章", None);

        // 00:30 in Beijing is still 25 November in UTC: the branch's day decides.
        branch.SetNow(Beijing(2026, 11, 26, 0, 30));
        var session = await branch.Feedback.GetSessionAsync(zhang, None);
        var started = await branch.Feedback.StartAsync(zhang, None);

        Assert.Null(session);
        Assert.False(started.Resumed);
        Assert.Empty(started.Answers);
        Assert.Equal(new DateOnly(2026, 11, 26), started.Date);
        Assert.Null(await branch.FeedbackStore.GetDraftAsync(zhang.Id, None));
    }

    [Fact]
    public async Task Yesterdays_answers_are_neither_submitted_nor_carried_into_todays_draft()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");
        foreach (var topic in FeedbackTopics.InOrder)
        {
            await branch.Feedback.AnswerAsync(zhang, topic, "昨天的回答", None);
        }

        branch.SetNow(Beijing(2026, 11, 26, 9));
        var submitted = await branch.Feedback.SubmitAsync(zhang, null, None);
        var today = await branch.Feedback.AnswerAsync(zhang, FeedbackTopic.WorkDifficulties, "今天的回答", None);

        Assert.Equal(new TalkProblem.NoFeedbackInProgress(), submitted.Problem);
        Assert.Equal([new FeedbackAnswer(FeedbackTopic.WorkDifficulties, "今天的回答")], today.Value!.Answers);
        Assert.Empty(await branch.FeedbackStore.ListAsync(None));
    }

    [Fact]
    public async Task Answering_a_question_again_replaces_the_earlier_answer()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");
        await branch.Feedback.AnswerAsync(zhang, FeedbackTopic.ThoughtAndStudy, "第一遍", None);
        await branch.Feedback.SkipAsync(zhang, FeedbackTopic.WorkDifficulties, None);

        var modified = await branch.Feedback.AnswerAsync(zhang, FeedbackTopic.WorkDifficulties, "项目进度紧", None);
        var again = await branch.Feedback.AnswerAsync(zhang, FeedbackTopic.ThoughtAndStudy, "第二遍", None);

        Assert.Equal("项目进度紧", modified.Value!.AnswerTo(FeedbackTopic.WorkDifficulties)!.Text);
        Assert.Equal(["第二遍", "项目进度紧"], again.Value!.Answers.Select(a => a.Text));
    }

    [Fact]
    public async Task Empty_and_overlong_answers_are_refused_and_not_saved()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");

        var empty = await branch.Feedback.AnswerAsync(zhang, FeedbackTopic.ThoughtAndStudy, "   ", None);
        var overlong = await branch.Feedback.AnswerAsync(zhang, FeedbackTopic.ThoughtAndStudy, new string('学', FeedbackService.MaxAnswerLength + 1), None);

        Assert.Equal(new TalkProblem.AnswerEmpty(), empty.Problem);
        Assert.Equal(new TalkProblem.AnswerTooLong(FeedbackService.MaxAnswerLength), overlong.Problem);
        Assert.Null(await branch.FeedbackStore.GetDraftAsync(zhang.Id, None));
    }

    [Fact]
    public async Task Cancelling_throws_the_draft_away()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");
        await branch.Feedback.AnswerAsync(zhang, FeedbackTopic.ThoughtAndStudy, "最近在学习党章", None);

        await branch.Feedback.DiscardAsync(zhang, None);

        Assert.Null(await branch.Feedback.GetSessionAsync(zhang, None));
    }

    [Fact]
    public async Task Draft_answers_are_stored_only_in_protected_form()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");

        await branch.Feedback.AnswerAsync(zhang, FeedbackTopic.LifeHelp, "母亲住院了", None);

        var stored = Assert.Single(branch.Raw("feedback_drafts")).ToString();
        Assert.DoesNotContain("母亲住院了", stored, StringComparison.Ordinal);
        Assert.Contains(TestContentProtector.Marker, stored, StringComparison.Ordinal);
    }
}
