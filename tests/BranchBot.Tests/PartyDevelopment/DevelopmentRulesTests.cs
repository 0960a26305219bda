using BranchBot.Core.PartyDevelopment;
using BranchBot.Dialogs.PartyDevelopment;
using static BranchBot.Tests.PartyDevelopment.DevelopmentFiles;

namespace BranchBot.Tests.PartyDevelopment;

/// <summary>The rule table: what must come first, the one-year and three/six-month limits, counts and votes.</summary>
public class DevelopmentRulesTests
{
    [Fact]
    public void An_activist_before_the_talk_is_refused_under_article_8()
    {
        var rule = DevelopmentRules.Check(Applied(new DateOnly(2026, 1, 5)), Step(DevelopmentStepKind.Activist, new DateOnly(2026, 2, 1)));

        Assert.Equal((DevelopmentRuleId.ActivistAfterTalk, "第八条", true), (rule!.Id, rule.Article, rule.AllowsException));
    }

    [Fact]
    public void A_talk_dated_before_the_application_is_refused()
    {
        var rule = DevelopmentRules.Check(Applied(new DateOnly(2026, 1, 5)), Step(DevelopmentStepKind.ApplicationTalk, new DateOnly(2026, 1, 4)));

        Assert.Equal(DevelopmentRuleId.NotBeforeEarlierStep, rule!.Id);
    }

    [Theory]
    [InlineData("2025-03-05", "2026-03-04", false)]
    [InlineData("2025-03-05", "2026-03-05", true)]
    [InlineData("2024-02-29", "2025-02-27", false)]
    [InlineData("2024-02-29", "2025-02-28", true)]
    [InlineData("2023-03-01", "2024-02-29", false)]
    [InlineData("2023-03-01", "2024-03-01", true)]
    public void A_candidate_needs_one_full_year_as_activist_to_the_day(string activistOn, string candidateOn, bool allowed)
    {
        var activist = DateOnly.Parse(activistOn, System.Globalization.CultureInfo.InvariantCulture);
        var file = Applied(activist.AddMonths(-2)).Then(DevelopmentStepKind.ApplicationTalk, activist.AddMonths(-1)).Then(DevelopmentStepKind.Activist, activist);

        var rule = DevelopmentRules.Check(file, Step(DevelopmentStepKind.Candidate, DateOnly.Parse(candidateOn, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(allowed ? null : DevelopmentRuleId.CandidateAfterOneYear, rule?.Id);
        Assert.Equal(allowed ? null : "第十三条", rule?.Article);
    }

    [Fact]
    public void The_volunteer_form_before_the_pre_review_is_refused_under_article_19()
    {
        var activist = new DateOnly(2024, 5, 1);
        var file = Applied(new DateOnly(2024, 3, 1))
            .Then(DevelopmentStepKind.ApplicationTalk, new DateOnly(2024, 3, 20))
            .Then(DevelopmentStepKind.Activist, activist)
            .Then(DevelopmentStepKind.Candidate, activist.AddYears(1));

        var rule = DevelopmentRules.Check(file, Step(DevelopmentStepKind.VolunteerForm, new DateOnly(2025, 6, 1)));

        Assert.Equal((DevelopmentRuleId.FormAfterPreReview, "第十九条"), (rule!.Id, rule.Article));
    }

    [Fact]
    public void The_pre_review_needs_the_political_review_and_the_training_first()
    {
        var activist = new DateOnly(2024, 5, 1);
        var candidate = Applied(new DateOnly(2024, 3, 1))
            .Then(DevelopmentStepKind.ApplicationTalk, new DateOnly(2024, 3, 20))
            .Then(DevelopmentStepKind.Activist, activist)
            .Then(DevelopmentStepKind.Candidate, activist.AddYears(1));
        var reviewed = candidate.Then(DevelopmentStepKind.PoliticalReview, new DateOnly(2025, 5, 10));

        Assert.Equal(DevelopmentRuleId.PreReviewNeedsPoliticalReview, DevelopmentRules.Check(candidate, Step(DevelopmentStepKind.PreReview, new DateOnly(2025, 6, 1)))!.Id);
        Assert.Equal(("第十七条"), DevelopmentRules.Check(reviewed, Step(DevelopmentStepKind.PreReview, new DateOnly(2025, 6, 1)))!.Article);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void One_or_two_contacts_are_named(int count, bool allowed)
    {
        var file = Applied(new DateOnly(2026, 1, 5)).Then(DevelopmentStepKind.ApplicationTalk, new DateOnly(2026, 1, 20)).Then(DevelopmentStepKind.Activist, new DateOnly(2026, 2, 1));
        var step = Step(DevelopmentStepKind.Contacts, new DateOnly(2026, 2, 1)) with { People = [.. new[] { "李四", "王五", "赵六" }.Take(count)] };

        Assert.Equal(allowed ? null : DevelopmentRuleId.ContactsCount, DevelopmentRules.Check(file, step)?.Id);
    }

    [Fact]
    public void Two_introducers_exactly_and_no_exception_to_that()
    {
        var activist = new DateOnly(2024, 5, 1);
        var file = Applied(new DateOnly(2024, 3, 1)).Then(DevelopmentStepKind.ApplicationTalk, new DateOnly(2024, 3, 20)).Then(DevelopmentStepKind.Activist, activist)
            .Then(DevelopmentStepKind.Candidate, activist.AddYears(1));

        var rule = DevelopmentRules.Check(file, Step(DevelopmentStepKind.Introducers, new DateOnly(2025, 5, 2)) with { People = ["李四"] });

        Assert.Equal((DevelopmentRuleId.IntroducersCount, "第十四条", false), (rule!.Id, rule.Article, rule.AllowsException));
    }

    [Theory]
    [InlineData(10, 5, 5, DevelopmentRuleId.MeetingQuorum)]
    [InlineData(10, 8, 5, DevelopmentRuleId.MeetingMajority)]
    [InlineData(10, 6, 6, null)]
    public void The_branch_meeting_needs_more_than_half_present_and_more_than_half_of_all_in_favour(int expected, int present, int inFavour, DevelopmentRuleId? refusedBy)
    {
        var accepted = AcceptedOn(new DateOnly(2026, 6, 1));
        var before = accepted with { Steps = [.. accepted.Steps.Where(s => s.Kind != DevelopmentStepKind.BranchMeeting)] };

        var rule = DevelopmentRules.Check(before, Step(DevelopmentStepKind.BranchMeeting, new DateOnly(2026, 6, 1)) with { Vote = new BranchMeetingVote(expected, present, inFavour) });

        Assert.Equal(refusedBy, rule?.Id);
    }

    [Theory]
    [InlineData("2026-05-31", "2026-08-31", "2026-11-30", true)]
    [InlineData("2026-05-31", "2026-11-30", "2026-11-30", true)]
    [InlineData("2026-05-31", "2026-12-01", "2026-11-30", false)]
    [InlineData("2025-08-31", "2026-02-28", "2026-02-28", true)]
    [InlineData("2025-08-31", "2026-03-01", "2026-02-28", false)]
    public void The_committee_approves_within_three_months_and_six_at_most(string meetingOn, string approvedOn, string limit, bool allowed)
    {
        var meeting = DateOnly.Parse(meetingOn, System.Globalization.CultureInfo.InvariantCulture);
        var file = AcceptedOn(meeting).Then(DevelopmentStepKind.CommitteeTalk, meeting);

        var rule = DevelopmentRules.Check(file, Step(DevelopmentStepKind.Approval, DateOnly.Parse(approvedOn, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(DateOnly.Parse(limit, System.Globalization.CultureInfo.InvariantCulture), DevelopmentRules.ApprovalLimit(meeting));
        Assert.Equal(allowed ? null : DevelopmentRuleId.ApprovalWithinSixMonths, rule?.Id);
    }

    [Fact]
    public void Three_months_from_the_last_day_of_a_month_is_the_last_day_of_the_third()
    {
        Assert.Equal(new DateOnly(2026, 2, 28), DevelopmentRules.ApprovalDue(new DateOnly(2025, 11, 30)));
        Assert.Equal(new DateOnly(2028, 2, 29), DevelopmentRules.ApprovalDue(new DateOnly(2027, 11, 30)));
        Assert.Equal(new DateOnly(2026, 2, 28), DevelopmentRules.TalkDue(new DateOnly(2026, 1, 31)));
    }

    [Fact]
    public void Conversion_comes_one_year_after_the_branch_meeting_and_not_before_the_request()
    {
        var file = AcceptedOn(new DateOnly(2024, 2, 29)).Approved(new DateOnly(2024, 4, 1));
        var requested = file.Then(DevelopmentStepKind.ConversionRequest, new DateOnly(2025, 2, 20));

        Assert.Equal(new DateOnly(2025, 2, 28), file.ProbationEnds);
        Assert.Equal(DevelopmentRuleId.ConversionNeedsRequest, DevelopmentRules.Check(file, Step(DevelopmentStepKind.Conversion, new DateOnly(2025, 3, 1)))!.Id);
        Assert.Equal(("第三十二条"), DevelopmentRules.Check(requested, Step(DevelopmentStepKind.Conversion, new DateOnly(2025, 2, 27)))!.Article);
        Assert.Null(DevelopmentRules.Check(requested, Step(DevelopmentStepKind.Conversion, new DateOnly(2025, 2, 28))));
    }

    [Theory]
    [InlineData(5, DevelopmentRuleId.ExtensionMonths)]
    [InlineData(6, null)]
    [InlineData(12, null)]
    [InlineData(13, DevelopmentRuleId.ExtensionMonths)]
    public void An_extension_is_half_a_year_to_a_year_once(int months, DevelopmentRuleId? refusedBy)
    {
        var file = AcceptedOn(new DateOnly(2025, 1, 10)).Approved(new DateOnly(2025, 2, 1));
        var extension = Step(DevelopmentStepKind.Extension, new DateOnly(2026, 1, 10)) with { ExtensionMonths = months };

        Assert.Equal(refusedBy, DevelopmentRules.Check(file, extension)?.Id);
        if (refusedBy is null)
        {
            var extended = file.With(extension);
            Assert.Equal(new DateOnly(2026, 1, 10).AddMonths(months), extended.ProbationEnds);
            Assert.Equal(DevelopmentRuleId.ExtensionOnce, DevelopmentRules.Check(extended, extension with { Date = extended.ProbationEnds!.Value })!.Id);
        }
    }

    [Fact]
    public void A_one_off_step_is_not_recorded_twice_but_reviews_are()
    {
        var file = Applied(new DateOnly(2026, 1, 5)).Then(DevelopmentStepKind.ApplicationTalk, new DateOnly(2026, 1, 20)).Then(DevelopmentStepKind.Activist, new DateOnly(2026, 2, 1))
            .Then(DevelopmentStepKind.ActivistReview, new DateOnly(2026, 8, 1));

        Assert.Equal(DevelopmentRuleId.StepOnce, DevelopmentRules.Check(file, Step(DevelopmentStepKind.ApplicationTalk, new DateOnly(2026, 1, 21)))!.Id);
        Assert.Null(DevelopmentRules.Check(file, Step(DevelopmentStepKind.ActivistReview, new DateOnly(2027, 2, 1))));
    }

    [Fact]
    public void A_probationary_member_is_a_full_member_only_once_the_committee_approves_the_conversion()
    {
        var converted = AcceptedOn(new DateOnly(2024, 2, 29)).Approved(new DateOnly(2024, 4, 1))
            .Then(DevelopmentStepKind.ConversionRequest, new DateOnly(2025, 2, 20))
            .Then(DevelopmentStepKind.Conversion, new DateOnly(2025, 3, 10));

        Assert.Equal(DevelopmentStage.Probationary, converted.Stage);
        Assert.False(converted.IsClosed);
        Assert.Null(converted.PartyStandingFrom);
        Assert.Equal(DevelopmentRuleId.ConversionApprovalAfterMeeting, DevelopmentRules.Check(converted with { Steps = [.. converted.Steps.Where(s => s.Kind != DevelopmentStepKind.Conversion)] }, Step(DevelopmentStepKind.ConversionApproval, new DateOnly(2025, 5, 1)))!.Id);

        var approved = converted.Then(DevelopmentStepKind.ConversionApproval, new DateOnly(2025, 5, 20));

        Assert.Equal(DevelopmentStage.FullMember, approved.Stage);
        Assert.True(approved.IsClosed);

        // 党章 第七条: from the end of the 预备期 (one year from the 支部大会, the last day of February in a common year), not from either decision.
        Assert.Equal(new DateOnly(2025, 2, 28), approved.PartyStandingFrom);
    }

    [Fact]
    public void A_cancellation_decided_by_the_branch_meeting_closes_the_file_only_once_the_committee_approves_it()
    {
        var approved = AcceptedOn(new DateOnly(2025, 1, 10)).Approved(new DateOnly(2025, 2, 1));
        var approval = Step(DevelopmentStepKind.DisqualificationApproval, new DateOnly(2026, 2, 1));

        var refused = DevelopmentRules.Check(approved, approval);
        var decided = approved.Then(DevelopmentStepKind.Disqualification, new DateOnly(2026, 1, 12));

        Assert.Equal((DevelopmentRuleId.DisqualificationApprovalAfterMeeting, "第三十二条"), (refused!.Id, refused.Article));
        Assert.Equal((DevelopmentStage.Probationary, false), (decided.Stage, decided.IsClosed));
        Assert.Equal(new NextStep(DevelopmentStepKind.DisqualificationApproval, null, null), DevelopmentSchedule.Next(decided));
        Assert.Empty(DevelopmentSchedule.Due(decided, new DateOnly(2026, 1, 5)));
        var closed = decided.Then(DevelopmentStepKind.DisqualificationApproval, new DateOnly(2026, 2, 1));
        Assert.Equal((DevelopmentStage.Disqualified, true), (closed.Stage, closed.IsClosed));
        Assert.Null(DevelopmentSchedule.Next(closed));
    }

    [Fact]
    public void An_extension_waits_for_the_committees_approval_before_the_conversion_is_next()
    {
        var approved = AcceptedOn(new DateOnly(2025, 1, 10)).Approved(new DateOnly(2025, 2, 1))
            .Then(DevelopmentStepKind.ConversionRequest, new DateOnly(2026, 1, 5));

        var refused = DevelopmentRules.Check(approved, Step(DevelopmentStepKind.ExtensionApproval, new DateOnly(2026, 2, 1)));
        var extended = approved.Then(DevelopmentStepKind.Extension, new DateOnly(2026, 1, 12), s => s with { ExtensionMonths = 6 });
        var extensionApproved = extended.Then(DevelopmentStepKind.ExtensionApproval, new DateOnly(2026, 2, 1));

        Assert.Equal((DevelopmentRuleId.ExtensionApprovalAfterMeeting, "第三十二条"), (refused!.Id, refused.Article));
        Assert.Equal(new NextStep(DevelopmentStepKind.ExtensionApproval, null, null), DevelopmentSchedule.Next(extended));
        Assert.Equal(new NextStep(DevelopmentStepKind.Conversion, new DateOnly(2026, 7, 10), null), DevelopmentSchedule.Next(extensionApproved));
        Assert.Equal(DevelopmentRuleId.StepOnce, DevelopmentRules.Check(extensionApproved, Step(DevelopmentStepKind.ExtensionApproval, new DateOnly(2026, 2, 2)))!.Id);
    }

    [Fact]
    public void Over_an_extension_the_committee_has_not_decided_on_neither_the_conversion_nor_its_approval_is_recorded()
    {
        var extended = AcceptedOn(new DateOnly(2025, 1, 10)).Approved(new DateOnly(2025, 2, 1))
            .Then(DevelopmentStepKind.ConversionRequest, new DateOnly(2026, 1, 5))
            .Then(DevelopmentStepKind.Extension, new DateOnly(2026, 1, 12), s => s with { ExtensionMonths = 6 });

        // After the extended 预备期, so only the pending approval stands in the way.
        var conversion = DevelopmentRules.Check(extended, Step(DevelopmentStepKind.Conversion, new DateOnly(2026, 7, 15)));
        var conversionApproval = DevelopmentRules.Check(extended, Step(DevelopmentStepKind.ConversionApproval, new DateOnly(2026, 7, 20)));

        Assert.Equal((DevelopmentRuleId.ConversionAwaitsExtensionApproval, "第三十二条", true), (conversion!.Id, conversion.Article, conversion.AllowsException));
        Assert.Equal(DevelopmentRuleId.ConversionAwaitsExtensionApproval, conversionApproval!.Id);
        Assert.StartsWith("支部大会已决定延长预备期，须报上级党委审批；党委批准或不批准延长之前，不能讨论转正", DevelopmentRuleTexts.Explain(conversion), StringComparison.Ordinal);
        Assert.Null(DevelopmentRules.Check(extended, Step(DevelopmentStepKind.ProbationReview, new DateOnly(2026, 3, 1))));
        extended.Then(DevelopmentStepKind.ExtensionApproval, new DateOnly(2026, 2, 1))
            .Then(DevelopmentStepKind.Conversion, new DateOnly(2026, 7, 15))
            .Then(DevelopmentStepKind.ConversionApproval, new DateOnly(2026, 7, 20));
    }

    [Fact]
    public async Task When_the_committee_does_not_approve_the_extension_the_secretary_records_the_conversion_as_an_exception_and_its_approval_follows()
    {
        using var desk = new DevelopmentDesk(new DateOnly(2026, 8, 1));
        var extended = AcceptedOn(new DateOnly(2025, 1, 10)).Approved(new DateOnly(2025, 2, 1))
            .Then(DevelopmentStepKind.ConversionRequest, new DateOnly(2026, 1, 5))
            .Then(DevelopmentStepKind.Extension, new DateOnly(2026, 1, 12), s => s with { ExtensionMonths = 6 });
        await desk.Store.SaveAsync(extended, CancellationToken.None);
        var conversion = new StepEntry(DevelopmentStepKind.Conversion, new DateOnly(2026, 7, 15));

        var refused = await desk.Service.RecordAsync(desk.Secretary, "张三", conversion, CancellationToken.None);
        var recorded = await desk.Service.RecordAsync(desk.Secretary, "张三", conversion with { ExceptionReason = "党委未批准延长，责成支部讨论转正" }, CancellationToken.None);
        var approved = await desk.Service.RecordAsync(desk.Secretary, "张三", new StepEntry(DevelopmentStepKind.ConversionApproval, new DateOnly(2026, 7, 30)), CancellationToken.None);

        Assert.Equal(DevelopmentRuleId.ConversionAwaitsExtensionApproval, Assert.IsType<DevelopmentProblem.RuleRefused>(refused.Problem).Rule.Id);
        var step = recorded.Value!.Latest(DevelopmentStepKind.Conversion)!;
        Assert.Equal(("党委未批准延长，责成支部讨论转正", DevelopmentRuleId.ConversionAwaitsExtensionApproval), (step.ExceptionReason, step.ExceptionTo));
        Assert.Equal(DevelopmentStage.FullMember, approved.Value!.Stage);
    }

    [Theory]
    [InlineData(DevelopmentStepKind.ProbationReview)]
    [InlineData(DevelopmentStepKind.ConversionRequest)]
    [InlineData(DevelopmentStepKind.Conversion)]
    [InlineData(DevelopmentStepKind.ConversionApproval)]
    [InlineData(DevelopmentStepKind.Extension)]
    [InlineData(DevelopmentStepKind.ExtensionApproval)]
    [InlineData(DevelopmentStepKind.Publicity)]
    public void While_the_committee_has_not_decided_on_a_cancellation_every_other_step_is_refused(DevelopmentStepKind kind)
    {
        var decided = AcceptedOn(new DateOnly(2025, 1, 10)).Approved(new DateOnly(2025, 2, 1))
            .Then(DevelopmentStepKind.Disqualification, new DateOnly(2026, 1, 12));

        var rule = DevelopmentRules.Check(decided, Step(kind, new DateOnly(2026, 3, 2)) with { ExtensionMonths = 6 });

        Assert.Equal((DevelopmentRuleId.DisqualificationAwaitsApproval, "第三十二条", true), (rule!.Id, rule.Article, rule.AllowsException));
        Assert.Contains("请先记录「党委审批取消资格」", DevelopmentRuleTexts.Explain(rule), StringComparison.Ordinal);
        Assert.Null(DevelopmentRules.Check(decided, Step(DevelopmentStepKind.DisqualificationApproval, new DateOnly(2026, 3, 2))));
    }

    [Fact]
    public async Task Over_a_pending_cancellation_only_the_secretary_records_another_step_as_an_exception_with_its_reason()
    {
        using var desk = new DevelopmentDesk(new DateOnly(2026, 3, 2));
        await desk.Store.SaveAsync(AcceptedOn(new DateOnly(2025, 1, 10)).Approved(new DateOnly(2025, 2, 1)).Then(DevelopmentStepKind.Disqualification, new DateOnly(2026, 1, 12)), CancellationToken.None);
        var review = new StepEntry(DevelopmentStepKind.ProbationReview, new DateOnly(2026, 3, 1));

        var refused = await desk.Service.RecordAsync(desk.Committee, "张三", review, CancellationToken.None);
        var byCommittee = await desk.Service.RecordAsync(desk.Committee, "张三", review with { ExceptionReason = "党委要求继续考察" }, CancellationToken.None);
        var recorded = await desk.Service.RecordAsync(desk.Secretary, "张三", review with { ExceptionReason = "党委要求继续考察" }, CancellationToken.None);

        Assert.Equal(DevelopmentRuleId.DisqualificationAwaitsApproval, Assert.IsType<DevelopmentProblem.RuleRefused>(refused.Problem).Rule.Id);
        Assert.IsType<DevelopmentProblem.ExceptionSecretaryOnly>(byCommittee.Problem);
        var step = recorded.Value!.Latest(DevelopmentStepKind.ProbationReview)!;
        Assert.Equal(("党委要求继续考察", DevelopmentRuleId.DisqualificationAwaitsApproval), (step.ExceptionReason, step.ExceptionTo));
    }

    [Fact]
    public void The_committees_approval_of_the_conversion_cites_the_article_of_the_conversion_procedure()
    {
        var requested = AcceptedOn(new DateOnly(2025, 1, 10)).Approved(new DateOnly(2025, 2, 1))
            .Then(DevelopmentStepKind.ConversionRequest, new DateOnly(2026, 1, 5));

        var rule = DevelopmentRules.Check(requested, Step(DevelopmentStepKind.ConversionApproval, new DateOnly(2026, 2, 1)));

        Assert.Equal((DevelopmentRuleId.ConversionApprovalAfterMeeting, "第三十三条"), (rule!.Id, rule.Article));
        Assert.EndsWith("（《中国共产党发展党员工作细则》第三十三条）", DevelopmentRuleTexts.Explain(rule), StringComparison.Ordinal);
        Assert.Equal("第三十一条", DevelopmentRules.Check(AcceptedOn(new DateOnly(2025, 1, 10)), Step(DevelopmentStepKind.ProbationReview, new DateOnly(2025, 6, 1)))!.Article);
    }

    [Fact]
    public void After_an_extension_the_party_standing_counts_from_the_end_of_the_extended_probation()
    {
        var extended = AcceptedOn(new DateOnly(2025, 1, 10)).Approved(new DateOnly(2025, 2, 1))
            .Then(DevelopmentStepKind.Extension, new DateOnly(2026, 1, 12), s => s with { ExtensionMonths = 6 })
            .Then(DevelopmentStepKind.ExtensionApproval, new DateOnly(2026, 2, 1))
            .Then(DevelopmentStepKind.ConversionRequest, new DateOnly(2026, 7, 1))
            .Then(DevelopmentStepKind.Conversion, new DateOnly(2026, 7, 15))
            .Then(DevelopmentStepKind.ConversionApproval, new DateOnly(2026, 8, 1));

        Assert.Equal(new DateOnly(2026, 7, 10), extended.PartyStandingFrom);
    }

    [Fact]
    public void The_committee_approves_only_after_its_talk_with_the_candidate()
    {
        var accepted = AcceptedOn(new DateOnly(2026, 3, 2));

        var withoutTalk = DevelopmentRules.Check(accepted, Step(DevelopmentStepKind.Approval, new DateOnly(2026, 4, 1)));
        var talked = accepted.Then(DevelopmentStepKind.CommitteeTalk, new DateOnly(2026, 3, 20));

        Assert.Equal(DevelopmentRuleId.ApprovalNeedsCommitteeTalk, withoutTalk!.Id);
        Assert.True(withoutTalk.AllowsException);
        Assert.Equal(DevelopmentRules.Chapter4, withoutTalk.Article);
        Assert.Equal(DevelopmentRuleId.NotBeforeEarlierStep, DevelopmentRules.Check(talked, Step(DevelopmentStepKind.Approval, new DateOnly(2026, 3, 19)))!.Id);
        Assert.Null(DevelopmentRules.Check(talked, Step(DevelopmentStepKind.Approval, new DateOnly(2026, 3, 20))));
    }

    [Fact]
    public async Task Without_the_committee_talk_only_the_secretary_records_the_approval_as_an_exception_with_its_reason()
    {
        using var desk = new DevelopmentDesk(new DateOnly(2026, 5, 1));
        await desk.Store.SaveAsync(AcceptedOn(new DateOnly(2026, 3, 2)), CancellationToken.None);
        var approval = new StepEntry(DevelopmentStepKind.Approval, new DateOnly(2026, 4, 1));

        var refused = await desk.Service.RecordAsync(desk.Secretary, "张三", approval, CancellationToken.None);
        var byCommittee = await desk.Service.RecordAsync(desk.Committee, "张三", approval with { ExceptionReason = "谈话记录在党委" }, CancellationToken.None);
        var recorded = await desk.Service.RecordAsync(desk.Secretary, "张三", approval with { ExceptionReason = "谈话记录在党委" }, CancellationToken.None);

        Assert.Equal(DevelopmentRuleId.ApprovalNeedsCommitteeTalk, Assert.IsType<DevelopmentProblem.RuleRefused>(refused.Problem).Rule.Id);
        Assert.IsType<DevelopmentProblem.ExceptionSecretaryOnly>(byCommittee.Problem);
        var step = recorded.Value!.Latest(DevelopmentStepKind.Approval)!;
        Assert.Equal(("谈话记录在党委", DevelopmentRuleId.ApprovalNeedsCommitteeTalk), (step.ExceptionReason, step.ExceptionTo));
        Assert.Equal(DevelopmentStage.Probationary, recorded.Value.Stage);
    }

    [Theory]
    [InlineData("2026-11-23", "2026-11-27")]
    [InlineData("2026-11-26", "2026-12-02")]
    [InlineData("2026-11-28", "2026-12-04")]
    public void A_publicity_usually_lasts_five_working_days(string startsOn, string endsOn) =>
        Assert.Equal(DateOnly.Parse(endsOn, System.Globalization.CultureInfo.InvariantCulture), DevelopmentRules.PublicityEnds(DateOnly.Parse(startsOn, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void The_branch_meeting_waits_for_the_end_of_the_publicity_as_usual_practice_with_an_exception_allowed()
    {
        var accepted = AcceptedOn(new DateOnly(2026, 12, 3));
        var published = accepted with { Steps = [.. accepted.Steps.Where(s => s.Kind != DevelopmentStepKind.BranchMeeting)] };
        published = published.Then(DevelopmentStepKind.Publicity, new DateOnly(2026, 11, 26));

        var onTheLastDay = DevelopmentRules.Check(published, Step(DevelopmentStepKind.BranchMeeting, new DateOnly(2026, 12, 2)));

        Assert.Equal(DevelopmentRuleId.PublicityFiveWorkingDays, onTheLastDay!.Id);
        Assert.True(onTheLastDay.UsualPractice);
        Assert.True(onTheLastDay.AllowsException);
        Assert.Contains("公示通常不少于5个工作日", DevelopmentRuleTexts.Explain(onTheLastDay), StringComparison.Ordinal);
        Assert.Contains("通常做法：《中国共产党发展党员工作细则》未规定具体天数", DevelopmentRuleTexts.Explain(onTheLastDay), StringComparison.Ordinal);
        Assert.Null(DevelopmentRules.Check(published, Step(DevelopmentStepKind.BranchMeeting, new DateOnly(2026, 12, 3))));
        Assert.Null(DevelopmentRules.Check(accepted with { Steps = [.. accepted.Steps.Where(s => s.Kind != DevelopmentStepKind.BranchMeeting)] }, Step(DevelopmentStepKind.BranchMeeting, new DateOnly(2026, 11, 27))));
    }

    [Fact]
    public void The_conversion_meeting_waits_for_the_publicity_after_the_approval_only()
    {
        var requested = AcceptedOn(new DateOnly(2025, 3, 2)).Approved(new DateOnly(2025, 4, 1))
            .Then(DevelopmentStepKind.ConversionRequest, new DateOnly(2026, 3, 2))
            .Then(DevelopmentStepKind.Publicity, new DateOnly(2026, 3, 2));

        Assert.Equal(DevelopmentRuleId.PublicityFiveWorkingDays, DevelopmentRules.Check(requested, Step(DevelopmentStepKind.Conversion, new DateOnly(2026, 3, 6)))!.Id);
        Assert.Null(DevelopmentRules.Check(requested, Step(DevelopmentStepKind.Conversion, new DateOnly(2026, 3, 9))));
    }

    [Fact]
    public void A_political_review_over_a_year_before_the_meeting_is_shown_but_not_refused()
    {
        var accepted = AcceptedOn(new DateOnly(2026, 6, 3));
        var before = accepted with { Steps = [.. accepted.Steps.Where(s => s.Kind is not (DevelopmentStepKind.BranchMeeting or DevelopmentStepKind.PoliticalReview))] };
        var old = before.With(Step(DevelopmentStepKind.PoliticalReview, new DateOnly(2025, 6, 3)));
        var meeting = Step(DevelopmentStepKind.BranchMeeting, new DateOnly(2026, 6, 4));

        Assert.Null(DevelopmentRules.Check(old, meeting));
        Assert.Equal(new DateOnly(2025, 6, 3), DevelopmentRules.PoliticalReviewOverAYearOld(old.With(meeting), new DateOnly(2026, 12, 1)));
        Assert.Null(DevelopmentRules.PoliticalReviewOverAYearOld(old.With(meeting with { Date = new DateOnly(2026, 6, 3) }), new DateOnly(2026, 12, 1)));
        Assert.Equal(new DateOnly(2025, 6, 3), DevelopmentRules.PoliticalReviewOverAYearOld(old, new DateOnly(2026, 6, 4)));
        Assert.Null(DevelopmentRules.PoliticalReviewOverAYearOld(old, new DateOnly(2026, 6, 3)));
    }
}
