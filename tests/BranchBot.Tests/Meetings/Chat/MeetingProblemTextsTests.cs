using System.Reflection;
using BranchBot.Core.Meetings;
using BranchBot.Core.Text;
using BranchBot.Dialogs.Meetings;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Meetings.Chat;

public sealed class MeetingProblemTextsTests
{
    private static readonly Meeting SampleMeeting = new()
    {
        Id = "mt_sample",
        Kind = MeetingKind.GeneralMeeting,
        StartsAt = new DateTimeOffset(2026, 11, 26, 15, 0, 0, TimeSpan.FromHours(8)),
        EndsAt = new DateTimeOffset(2026, 11, 26, 16, 30, 0, TimeSpan.FromHours(8)),
        Audience = MeetingAudience.Branch,
        CreatedBy = "m_secretary",
        CreatedAt = BotHarness.Start,
    };

    [Fact]
    public async Task Every_problem_case_has_a_sentence()
    {
        await using var app = new BranchBotApplication();
        var presenter = app.Services.GetRequiredService<MeetingPresenter>();

        foreach (var problem in Cases<MeetingProblem>())
        {
            Assert.False(string.IsNullOrWhiteSpace(MeetingProblemTexts.Say(problem, presenter)), problem.ToString());
        }

        foreach (var problem in Cases<AttendanceProblem>())
        {
            Assert.False(string.IsNullOrWhiteSpace(MeetingProblemTexts.Say(problem, presenter)), problem.ToString());
        }

        foreach (var problem in Cases<RecordedMeetingProblem>())
        {
            Assert.False(string.IsNullOrWhiteSpace(MeetingProblemTexts.Say(problem, presenter)), problem.ToString());
        }

        foreach (var problem in Cases<ComplianceProblem>())
        {
            Assert.False(string.IsNullOrWhiteSpace(MeetingProblemTexts.Say(problem)), problem.ToString());
        }

        foreach (var status in Enum.GetValues<LedgerStatus>())
        {
            Assert.False(string.IsNullOrWhiteSpace(ComplianceTexts.Status(status)), status.ToString());
        }
    }

    [Fact]
    public async Task A_problem_about_a_meeting_names_it_in_the_one_meeting_format()
    {
        await using var app = new BranchBotApplication();
        var presenter = app.Services.GetRequiredService<MeetingPresenter>();

        var early = MeetingProblemTexts.Say(new AttendanceProblem.CheckInNotOpenYet(SampleMeeting, SampleMeeting.StartsAt.AddMinutes(-30)), presenter);
        var closed = MeetingProblemTexts.Say(new AttendanceProblem.CheckInClosed(SampleMeeting, SampleMeeting.StartsAt.AddMinutes(30)), presenter);
        var closedBeforeNext = MeetingProblemTexts.Say(new AttendanceProblem.CheckInClosed(
            SampleMeeting, SampleMeeting.StartsAt.AddMinutes(30), SampleMeeting with { StartsAt = SampleMeeting.StartsAt.AddHours(2) }, SampleMeeting.StartsAt.AddMinutes(90)), presenter);
        var code = MeetingProblemTexts.Say(new MeetingProblem.Text(new TextProblem.ContainsSpace(TextField.CheckInCode)), presenter);

        Assert.Equal("现在还不能签到。你的下一次会议是11月26日（星期四）15:00 党员大会，签到将于14:30开放。", early);
        Assert.Equal("11月26日（星期四）15:00 党员大会的签到已于15:30结束。未能参会的同志请按要求补学。", closed);
        Assert.Equal("11月26日（星期四）15:00 党员大会的签到已于15:30结束。你的下一次会议是11月26日（星期四）17:00 党员大会，签到将于16:30开放，到时再发「签到」。", closedBeforeNext);
        Assert.Equal("签到码不能包含空格。", code);
    }

    /// <summary>One instance of every nested case of <typeparamref name="TProblem"/>, with sample arguments.</summary>
    private static IEnumerable<TProblem> Cases<TProblem>()
    {
        var cases = typeof(TProblem).GetNestedTypes().Where(t => t.IsSubclassOf(typeof(TProblem))).ToList();
        Assert.NotEmpty(cases);
        foreach (var type in cases)
        {
            var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
            yield return (TProblem)constructor.Invoke([.. constructor.GetParameters().Select(p => Sample(p.ParameterType))]);
        }
    }

    private static object Sample(Type type) => type switch
    {
        _ when Nullable.GetUnderlyingType(type) is { } underlying => Sample(underlying),
        _ when type == typeof(Meeting) => SampleMeeting,
        _ when type == typeof(DateTimeOffset) => SampleMeeting.StartsAt,
        _ when type == typeof(string) => "张三",
        _ when type == typeof(int) => 2,
        _ when type == typeof(MeetingKind) => MeetingKind.GroupMeeting,
        _ when type == typeof(RecurrenceProblem) => RecurrenceProblem.DayOutOfRange,
        _ when type == typeof(TextProblem) => new TextProblem.Empty(TextField.MeetingMinutes),
        _ when type == typeof(MeetingProblem) => new MeetingProblem.NotFound(),
        _ when type == typeof(IReadOnlyList<string>) => new List<string> { "张三", "李四" },
        _ => throw new ArgumentException($"No sample for {type}.", nameof(type)),
    };
}
