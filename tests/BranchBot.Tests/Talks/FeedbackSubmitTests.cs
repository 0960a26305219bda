using BranchBot.Core.Talks;
using static BranchBot.Tests.Talks.TalkBranch;

namespace BranchBot.Tests.Talks;

public class FeedbackSubmitTests
{
    [Fact]
    public async Task Feedback_without_hardship_is_stored_protected_with_no_follow_up_and_the_draft_is_gone()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");

        var submitted = await branch.GiveFeedbackAsync(zhang, ["认真学习了二十大报告", null, "暂时没有困难", "希望多组织专题学习"]);

        Assert.True(submitted.Succeeded, submitted.Problem?.ToString());
        Assert.Empty(submitted.Value!.Hardships);
        Assert.Empty(submitted.Value.FollowUps);
        Assert.Equal(new DateOnly(2026, 11, 25), submitted.Value.Feedback.Record.Date);
        Assert.Null(submitted.Value.Feedback.Record.VisitWanted);
        Assert.Equal(["认真学习了二十大报告", null, "暂时没有困难", "希望多组织专题学习"], submitted.Value.Feedback.Answers.Select(a => a.Text));
        Assert.Empty(await branch.FeedbackStore.ListOpenFollowUpsAsync(None));
        Assert.Null(await branch.Feedback.GetSessionAsync(zhang, None));
        var stored = Assert.Single(branch.Raw("feedback")).ToString();
        Assert.DoesNotContain("二十大报告", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("专题学习", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hardship_creates_a_follow_up_for_the_secretary_due_a_week_later()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");

        var submitted = await branch.GiveFeedbackAsync(zhang, ["在学习党章", "没有", "母亲住院了，手术费用不少，心里很担心", null], visitWanted: true);

        var value = submitted.Value!;
        Assert.Equal([HardshipKind.Illness, HardshipKind.Family, HardshipKind.Financial, HardshipKind.Worry], value.Hardships.Select(h => h.Kind));
        var task = Assert.Single(value.FollowUps);
        Assert.Equal(zhang.Id, task.MemberId);
        Assert.Equal(value.Feedback.Record.Id, task.FeedbackId);
        Assert.Equal(new DateOnly(2026, 12, 2), task.DueDate);
        Assert.True(task.IsOpen);
        Assert.True(task.VisitWanted);
        Assert.True(value.Feedback.Record.VisitWanted);
        Assert.Equal([task.Id], (await branch.FeedbackStore.ListOpenFollowUpsAsync(None)).Select(t => t.Id));
        var storedTask = Assert.Single(branch.Raw("follow_ups")).ToString();
        Assert.DoesNotContain("住院", storedTask, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_follow_up_due_date_comes_from_the_talks_settings()
    {
        await using var branch = await CreateAsync(options => options.FollowUpDueDays = 3);
        var zhang = await branch.AddAsync("张三");

        var submitted = await branch.GiveFeedbackAsync(zhang, [null, null, "最近失业了", null], visitWanted: false);

        Assert.Equal(new DateOnly(2026, 11, 28), Assert.Single(submitted.Value!.FollowUps).DueDate);
        Assert.False(submitted.Value.FollowUps[0].VisitWanted);
    }

    [Fact]
    public async Task Submitting_without_a_draft_with_questions_left_or_with_everything_skipped_is_refused()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");

        var nothing = await branch.Feedback.SubmitAsync(zhang, null, None);
        await branch.Feedback.AnswerAsync(zhang, FeedbackTopic.ThoughtAndStudy, "在学习党章", None);
        var unfinished = await branch.Feedback.SubmitAsync(zhang, null, None);
        await branch.Feedback.DiscardAsync(zhang, None);
        var skipped = await branch.GiveFeedbackAsync(zhang, [null, null, null, null]);

        Assert.Equal(new TalkProblem.NoFeedbackInProgress(), nothing.Problem);
        Assert.Equal(new TalkProblem.TopicUnanswered(FeedbackTopic.WorkDifficulties), unfinished.Problem);
        Assert.Equal(new TalkProblem.AllSkipped(), skipped.Problem);
        Assert.Empty(await branch.FeedbackStore.ListAsync(None));
    }
}
