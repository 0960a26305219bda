using BranchBot.Core.PartyDevelopment;
using static BranchBot.Tests.PartyDevelopment.DevelopmentFiles;

namespace BranchBot.Tests.PartyDevelopment;

/// <summary>Each file's next step and what it waits for, on the branch's clock (FakeTimeProvider, Beijing time).</summary>
public class DevelopmentScheduleTests
{
    private static CancellationToken None => CancellationToken.None;

    [Theory]
    [InlineData("2026-01-31", "2026-02-28")]
    [InlineData("2028-01-31", "2028-02-29")]
    [InlineData("2026-03-15", "2026-04-15")]
    public async Task The_talk_is_due_one_month_after_the_application_and_overdue_the_day_after(string appliedOn, string dueOn)
    {
        var (applied, due) = (Day(appliedOn), Day(dueOn));
        using var desk = new DevelopmentDesk(applied);
        Assert.True((await desk.Service.ApplyAsync(desk.Secretary, "赵六", applied, null, None)).Succeeded);

        desk.Today(due);
        var onTheDay = Assert.Single((await desk.Service.FileAsync(desk.Secretary, "赵六", None)).Value!.Due);
        desk.Today(due.AddDays(1));
        var dayAfter = (await desk.Service.FileAsync(desk.Secretary, "赵六", None)).Value!;

        Assert.Equal((DevelopmentDueKind.ApplicationTalk, due, false), (onTheDay.Kind, onTheDay.Date, onTheDay.Overdue));
        Assert.True(Assert.Single(dayAfter.Due).Overdue);
        Assert.True(dayAfter.Overdue);
        Assert.Equal(new NextStep(DevelopmentStepKind.ApplicationTalk, null, due), dayAfter.Next);
    }

    [Fact]
    public async Task An_activist_has_a_review_every_half_year_and_becomes_eligible_after_one_year()
    {
        using var desk = new DevelopmentDesk(new DateOnly(2026, 8, 31));
        await desk.Service.ApplyAsync(desk.Secretary, "赵六", new DateOnly(2026, 7, 1), null, None);
        await desk.RecordAsync("赵六", DevelopmentStepKind.ApplicationTalk, new DateOnly(2026, 7, 20));
        await desk.RecordAsync("赵六", DevelopmentStepKind.Activist, new DateOnly(2026, 8, 31));

        var line = (await desk.Service.FileAsync(desk.Secretary, "赵六", None)).Value!;

        Assert.Equal(
            [(DevelopmentDueKind.HalfYearReview, new DateOnly(2027, 2, 28)), (DevelopmentDueKind.CandidateEligible, new DateOnly(2027, 8, 31))],
            line.Due.Select(d => (d.Kind, d.Date)));
        Assert.Equal(DevelopmentStage.Activist, line.Stage);
        Assert.Equal(new NextStep(DevelopmentStepKind.Contacts, null, null), line.Next);

        desk.Today(new DateOnly(2027, 3, 1));
        Assert.True((await desk.Service.FileAsync(desk.Secretary, "赵六", None)).Value!.Overdue);
        await desk.RecordAsync("赵六", DevelopmentStepKind.ActivistReview, new DateOnly(2027, 3, 1));
        var afterReview = (await desk.Service.FileAsync(desk.Secretary, "赵六", None)).Value!;
        Assert.Equal(new DateOnly(2027, 9, 1), afterReview.Due.Single(d => d.Kind == DevelopmentDueKind.HalfYearReview).Date);
        Assert.False(afterReview.Overdue);

        desk.Today(new DateOnly(2027, 8, 30));
        var dayBefore = await desk.Service.RecordAsync(desk.Secretary, "赵六", new StepEntry(DevelopmentStepKind.Candidate, new DateOnly(2027, 8, 30)), None);
        desk.Today(new DateOnly(2027, 8, 31));
        var onTheDay = await desk.Service.RecordAsync(desk.Secretary, "赵六", new StepEntry(DevelopmentStepKind.Candidate, new DateOnly(2027, 8, 31)), None);
        Assert.Equal(DevelopmentRuleId.CandidateAfterOneYear, Assert.IsType<DevelopmentProblem.RuleRefused>(dayBefore.Problem).Rule.Id);
        Assert.Equal(DevelopmentStage.Candidate, onTheDay.Value!.Stage);
    }

    [Fact]
    public void The_approval_is_overdue_after_three_months_and_the_probation_ends_one_year_after_the_meeting()
    {
        var file = AcceptedOn(new DateOnly(2024, 2, 29));

        var waiting = DevelopmentSchedule.Due(file, new DateOnly(2024, 5, 29));
        var late = DevelopmentSchedule.Due(file, new DateOnly(2024, 5, 30));
        var approved = file.Approved(new DateOnly(2024, 6, 15));

        Assert.Equal((DevelopmentDueKind.Approval, new DateOnly(2024, 5, 29), false), (waiting[0].Kind, waiting[0].Date, waiting[0].Overdue));
        Assert.True(late[0].Overdue);
        Assert.Equal(DevelopmentStage.Probationary, approved.Stage);
        Assert.Equal([(DevelopmentDueKind.ProbationReview, new DateOnly(2024, 8, 29)), (DevelopmentDueKind.ProbationEnds, new DateOnly(2025, 2, 28))], DevelopmentSchedule.Due(approved, new DateOnly(2024, 7, 1)).Select(d => (d.Kind, d.Date)));
        Assert.Equal(new NextStep(DevelopmentStepKind.Oath, null, null), DevelopmentSchedule.Next(approved));
    }

    [Fact]
    public void After_the_branch_meeting_decides_the_conversion_the_file_waits_three_months_for_the_committee()
    {
        var converted = AcceptedOn(new DateOnly(2024, 11, 30)).Approved(new DateOnly(2024, 12, 20))
            .Then(DevelopmentStepKind.ConversionRequest, new DateOnly(2025, 11, 30))
            .Then(DevelopmentStepKind.Conversion, new DateOnly(2025, 11, 30));

        var onTheDay = DevelopmentSchedule.Due(converted, new DateOnly(2026, 2, 28));
        var dayAfter = DevelopmentSchedule.Due(converted, new DateOnly(2026, 3, 1));

        Assert.Equal([(DevelopmentDueKind.ConversionApproval, new DateOnly(2026, 2, 28), false)], onTheDay.Select(d => (d.Kind, d.Date, d.Overdue)));
        Assert.True(Assert.Single(dayAfter).Overdue);
        Assert.Equal(new NextStep(DevelopmentStepKind.ConversionApproval, null, new DateOnly(2026, 2, 28)), DevelopmentSchedule.Next(converted));
        Assert.Empty(DevelopmentSchedule.Due(converted.Then(DevelopmentStepKind.ConversionApproval, new DateOnly(2026, 3, 2)), new DateOnly(2026, 3, 2)));
    }

    [Fact]
    public void A_probationary_member_is_reviewed_every_half_year_from_the_branch_meeting_until_the_conversion_is_due()
    {
        var approved = AcceptedOn(new DateOnly(2025, 8, 31)).Approved(new DateOnly(2025, 9, 15));

        var first = DevelopmentSchedule.Due(approved, new DateOnly(2026, 3, 1));
        var reviewed = approved.Then(DevelopmentStepKind.ProbationReview, new DateOnly(2026, 2, 20));
        var extended = reviewed.Then(DevelopmentStepKind.Extension, new DateOnly(2026, 9, 1), s => s with { ExtensionMonths = 12 });

        Assert.Equal((DevelopmentDueKind.ProbationReview, new DateOnly(2026, 2, 28), true), (first[0].Kind, first[0].Date, first[0].Overdue));
        Assert.Equal((DevelopmentDueKind.ProbationReview, new DateOnly(2026, 8, 20), false), DevelopmentSchedule.Due(reviewed, new DateOnly(2026, 3, 1)).Select(d => (d.Kind, d.Date, d.Overdue)).First());
        Assert.DoesNotContain(DevelopmentSchedule.Due(reviewed.Then(DevelopmentStepKind.ProbationReview, new DateOnly(2026, 8, 20)), new DateOnly(2026, 8, 21)), d => d.Kind == DevelopmentDueKind.ProbationReview);
        Assert.Equal([(DevelopmentDueKind.ProbationReview, new DateOnly(2026, 8, 20)), (DevelopmentDueKind.ExtensionEnds, new DateOnly(2027, 8, 31))], DevelopmentSchedule.Due(extended, new DateOnly(2026, 9, 1)).Select(d => (d.Kind, d.Date)));
    }

    [Fact]
    public async Task A_step_dated_tomorrow_is_refused_by_the_clock_of_the_branch()
    {
        using var desk = new DevelopmentDesk(new DateOnly(2026, 11, 25));

        // 2026-11-25 23:30 in Beijing is still 15:30 UTC: "today" is the branch's day.
        desk.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 25, 15, 30, 0, TimeSpan.Zero));
        var today = await desk.Service.ApplyAsync(desk.Secretary, "赵六", new DateOnly(2026, 11, 25), null, None);
        var tomorrow = await desk.Service.ApplyAsync(desk.Secretary, "钱七", new DateOnly(2026, 11, 26), null, None);

        Assert.True(today.Succeeded, today.Problem?.ToString());
        Assert.Equal(new DevelopmentProblem.DateInFuture(), tomorrow.Problem);
    }

    [Fact]
    public async Task An_exception_is_the_secretarys_with_a_reason_and_is_kept_in_the_file()
    {
        using var desk = new DevelopmentDesk(new DateOnly(2026, 11, 25));
        await desk.Service.ApplyAsync(desk.Committee, "赵六", new DateOnly(2026, 11, 1), null, None);
        var early = new StepEntry(DevelopmentStepKind.Activist, new DateOnly(2026, 11, 10));

        var refused = await desk.Service.RecordAsync(desk.Committee, "赵六", early, None);
        var notHers = await desk.Service.RecordAsync(desk.Committee, "赵六", early with { ExceptionReason = "上级要求" }, None);
        var noReason = await desk.Service.RecordAsync(desk.Secretary, "赵六", early with { ExceptionReason = " " }, None);
        var made = await desk.Service.RecordAsync(desk.Secretary, "赵六", early with { ExceptionReason = "谈话已在申请前进行，补记" }, None);

        Assert.Equal(DevelopmentRuleId.ActivistAfterTalk, Assert.IsType<DevelopmentProblem.RuleRefused>(refused.Problem).Rule.Id);
        Assert.Equal(new DevelopmentProblem.ExceptionSecretaryOnly(), notHers.Problem);
        Assert.Equal(new DevelopmentProblem.ExceptionReasonMissing(), noReason.Problem);
        var step = (await desk.Store.ListAsync(None)).Single().Latest(DevelopmentStepKind.Activist)!;
        Assert.Equal(("谈话已在申请前进行，补记", DevelopmentRuleId.ActivistAfterTalk), (step.ExceptionReason, step.ExceptionTo));
        Assert.Equal(DevelopmentStage.Activist, made.Value!.Stage);
    }

    [Fact]
    public async Task Only_the_committee_reads_files_and_the_person_sees_only_their_own_stage()
    {
        using var desk = new DevelopmentDesk(new DateOnly(2026, 11, 25));
        await desk.Service.ApplyAsync(desk.Secretary, "张三", new DateOnly(2026, 11, 20), "本人递交", None);

        var byMember = await desk.Service.FileAsync(desk.Ordinary, "张三", None);
        var ledgerByMember = await desk.Service.LedgerAsync(desk.Ordinary, None);
        var own = await desk.Service.OwnProgressAsync(desk.Ordinary, None);
        var none = await desk.Service.OwnProgressAsync(desk.Committee, None);

        Assert.Equal(new DevelopmentProblem.CommitteeOnly(), byMember.Problem);
        Assert.Equal(new DevelopmentProblem.CommitteeOnly(), ledgerByMember.Problem);
        Assert.Equal(new OwnDevelopmentProgress("张三", DevelopmentStage.Applicant, new NextStep(DevelopmentStepKind.ApplicationTalk, null, new DateOnly(2026, 12, 20))), own.Value);
        Assert.Equal("m_zhang", (await desk.Store.ListAsync(None)).Single().MemberId);
        Assert.Equal(new DevelopmentProblem.NoOwnFile(), none.Problem);
    }

    [Fact]
    public async Task A_second_application_for_an_open_file_is_refused()
    {
        using var desk = new DevelopmentDesk(new DateOnly(2026, 11, 25));
        await desk.Service.ApplyAsync(desk.Secretary, "赵六", new DateOnly(2026, 11, 20), null, None);

        var again = await desk.Service.ApplyAsync(desk.Secretary, "赵六", new DateOnly(2026, 11, 21), null, None);

        Assert.Equal(new DevelopmentProblem.AlreadyOnFile("赵六", DevelopmentStage.Applicant), again.Problem);
    }

    private static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
