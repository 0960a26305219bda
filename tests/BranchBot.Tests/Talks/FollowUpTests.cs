using BranchBot.Core.Membership;
using BranchBot.Core.Talks;
using static BranchBot.Tests.Talks.TalkBranch;

namespace BranchBot.Tests.Talks;

public class FollowUpTests
{
    [Fact]
    public async Task The_secretary_lists_open_follow_ups_and_marks_one_done_with_a_protected_note()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");
        var li = await branch.AddAsync("李四");
        await branch.GiveFeedbackAsync(zhang, [null, null, "孩子生病住院", null], visitWanted: true);
        branch.SetNow(Beijing(2026, 11, 27, 9));
        await branch.GiveFeedbackAsync(li, [null, null, "房贷压力大", null]);

        var open = await branch.FollowUps.ListOpenFollowUpsAsync(branch.Secretary, None);
        var done = await branch.FollowUps.CompleteFollowUpAsync(branch.Secretary, open.Value![0].Task.Id, "已上门看望，送去慰问金", None);
        var again = await branch.FollowUps.CompleteFollowUpAsync(branch.Secretary, open.Value[0].Task.Id, null, None);
        var left = await branch.FollowUps.ListOpenFollowUpsAsync(branch.Secretary, None);

        Assert.Equal(["张三", "李四"], open.Value.Select(v => v.Member.Name));
        Assert.Equal([HardshipKind.Illness, HardshipKind.Family], open.Value[0].Hardships.Select(h => h.Kind));
        Assert.Equal(FollowUpStatus.Done, done.Value!.Task.Status);
        Assert.Equal(branch.Secretary.Id, done.Value.Task.DoneBy);
        Assert.Equal(Beijing(2026, 11, 27, 9), done.Value.Task.DoneAt);
        Assert.Equal("已上门看望，送去慰问金", done.Value.Note);
        Assert.Equal(new TalkProblem.FollowUpAlreadyDone("张三"), again.Problem);
        Assert.Equal(["李四"], left.Value!.Select(v => v.Member.Name));
        Assert.DoesNotContain(branch.Raw("follow_ups"), d => d.ToString().Contains("慰问金", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_open_follow_up_is_overdue_after_its_due_date()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");
        await branch.GiveFeedbackAsync(zhang, [null, null, "家里老人需要照顾", null]);

        var onTime = await branch.FollowUps.ListOpenAsync(None);
        branch.SetNow(Beijing(2026, 12, 2, 23));
        var dueDay = await branch.FollowUps.ListOpenAsync(None);
        branch.SetNow(Beijing(2026, 12, 3, 8));
        var late = await branch.FollowUps.ListOpenAsync(None);

        Assert.False(Assert.Single(onTime).Overdue);
        Assert.False(Assert.Single(dueDay).Overdue);
        Assert.True(Assert.Single(late).Overdue);
    }

    [Fact]
    public async Task Only_the_secretary_sees_and_completes_follow_ups()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");
        var committee = await branch.AddAsync("陈委员", MemberRole.Committee);
        var submitted = await branch.GiveFeedbackAsync(zhang, [null, null, "最近失业了", null]);
        var taskId = submitted.Value!.FollowUps[0].Id;

        var listed = await branch.FollowUps.ListOpenFollowUpsAsync(committee, None);
        var completed = await branch.FollowUps.CompleteFollowUpAsync(zhang, taskId, null, None);
        var unknown = await branch.FollowUps.CompleteFollowUpAsync(branch.Secretary, "fu_missing", null, None);

        Assert.Equal(new TalkProblem.SecretaryOnly(), listed.Problem);
        Assert.Equal(new TalkProblem.CompleteSecretaryOnly(), completed.Problem);
        Assert.Equal(new TalkProblem.FollowUpNotFound(), unknown.Problem);
        Assert.True(Assert.Single(await branch.FollowUps.ListOpenAsync(None)).Task.IsOpen);
    }
}
