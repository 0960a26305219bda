using BranchBot.Core.PartyDevelopment;

namespace BranchBot.Tests.PartyDevelopment;

/// <summary>Files built step by step for the rule and schedule tests.</summary>
internal static class DevelopmentFiles
{
    public static DevelopmentRecord Applied(DateOnly on) => new DevelopmentRecord { Id = "pd_test", Name = "张三", CreatedBy = "m0" }.With(Step(DevelopmentStepKind.Application, on));

    public static DevelopmentStep Step(DevelopmentStepKind kind, DateOnly on) => new() { Kind = kind, Date = on, RecordedBy = "m0" };

    public static DevelopmentRecord Then(this DevelopmentRecord record, DevelopmentStepKind kind, DateOnly on, Func<DevelopmentStep, DevelopmentStep>? shape = null)
    {
        var step = shape is null ? Step(kind, on) : shape(Step(kind, on));
        Assert.Null(DevelopmentRules.Check(record, step));
        return record.With(step);
    }

    /// <summary>The 党委's talk and approval of the 支部大会's resolution, on the same day.</summary>
    public static DevelopmentRecord Approved(this DevelopmentRecord record, DateOnly on) =>
        record.Then(DevelopmentStepKind.CommitteeTalk, on).Then(DevelopmentStepKind.Approval, on);

    /// <summary>A file from the application to the 支部大会 on <paramref name="meeting"/>, each step in order.</summary>
    public static DevelopmentRecord AcceptedOn(DateOnly meeting)
    {
        var activist = meeting.AddYears(-2);
        return Applied(activist.AddMonths(-2))
            .Then(DevelopmentStepKind.ApplicationTalk, activist.AddMonths(-1))
            .Then(DevelopmentStepKind.Activist, activist)
            .Then(DevelopmentStepKind.Contacts, activist, s => s with { People = ["李四"] })
            .Then(DevelopmentStepKind.Candidate, activist.AddYears(1))
            .Then(DevelopmentStepKind.Introducers, activist.AddYears(1), s => s with { People = ["李四", "王五"] })
            .Then(DevelopmentStepKind.PoliticalReview, activist.AddYears(1).AddMonths(1))
            .Then(DevelopmentStepKind.Training, activist.AddYears(1).AddMonths(2))
            .Then(DevelopmentStepKind.PreReview, activist.AddYears(1).AddMonths(3))
            .Then(DevelopmentStepKind.VolunteerForm, activist.AddYears(1).AddMonths(4))
            .Then(DevelopmentStepKind.BranchMeeting, meeting);
    }
}
