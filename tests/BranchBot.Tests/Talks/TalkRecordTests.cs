using BranchBot.Core.Talks;
using static BranchBot.Tests.Talks.TalkBranch;

namespace BranchBot.Tests.Talks;

public class TalkRecordTests
{
    [Fact]
    public async Task A_talk_is_recorded_between_the_sender_and_the_named_member_with_content_protected()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");
        await branch.AddAsync("李四");

        var recorded = await branch.Talks.RecordTalkAsync(
            zhang, " 李四 ", new TalkEntry("交流了学习体会", new DateOnly(2026, 11, 20), TalkForm.Phone, "对考核有顾虑", "下月再谈一次"), None);

        var view = recorded.Value!;
        Assert.Equal(("张三", "李四"), (view.Author.Name, view.Other.Name));
        Assert.Equal(new DateOnly(2026, 11, 20), view.Record.Date);
        Assert.Equal(TalkForm.Phone, view.Record.Form);
        Assert.Equal(("交流了学习体会", "对考核有顾虑", "下月再谈一次"), (view.Topics, view.Issues, view.FollowUp));
        var stored = Assert.Single(branch.Raw("talks")).ToString();
        Assert.DoesNotContain("学习体会", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("顾虑", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("再谈", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_talk_without_a_date_is_dated_today_in_the_branch()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");
        await branch.AddAsync("李四");
        branch.SetNow(Beijing(2026, 11, 26, 7));

        var view = await branch.RecordAsync(zhang, "李四");

        Assert.Equal(new DateOnly(2026, 11, 26), view.Record.Date);
    }

    [Fact]
    public async Task Unknown_names_oneself_empty_topics_and_future_or_too_old_dates_are_refused()
    {
        await using var branch = await CreateAsync();
        var zhang = await branch.AddAsync("张三");
        await branch.AddAsync("李四");

        var unknown = await branch.Talks.RecordTalkAsync(zhang, "赵六", new TalkEntry("学习"), None);
        var self = await branch.Talks.RecordTalkAsync(zhang, "张三", new TalkEntry("学习"), None);
        var empty = await branch.Talks.RecordTalkAsync(zhang, "李四", new TalkEntry(" "), None);
        var future = await branch.Talks.RecordTalkAsync(zhang, "李四", new TalkEntry("学习", new DateOnly(2026, 11, 26)), None);
        var old = await branch.Talks.RecordTalkAsync(zhang, "李四", new TalkEntry("学习", new DateOnly(2024, 12, 31)), None);
        var lastYear = await branch.Talks.RecordTalkAsync(zhang, "李四", new TalkEntry("学习", new DateOnly(2025, 1, 1)), None);

        Assert.Equal(new TalkProblem.MemberNotFound("赵六"), unknown.Problem);
        Assert.Equal(new TalkProblem.TalkWithSelf(), self.Problem);
        Assert.Equal(new TalkProblem.TopicsMissing(), empty.Problem);
        Assert.Equal(new TalkProblem.DateInFuture(), future.Problem);
        Assert.Equal(new TalkProblem.DateTooEarly(), old.Problem);
        Assert.True(lastYear.Succeeded, lastYear.Problem?.ToString());
        Assert.Single(branch.Raw("talks"));
    }
}
