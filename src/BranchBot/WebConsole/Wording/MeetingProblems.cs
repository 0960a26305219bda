using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.WebConsole.Wording;

/// <summary>
/// How the console words the problems of meetings, 补录 and the 台账: the chat's sentences
/// (<see cref="MeetingProblemTexts"/>) without their hints at chat commands.
/// </summary>
public sealed class MeetingProblems(MeetingPresenter presenter)
{
    public string Say(MeetingProblem problem) => problem switch
    {
        MeetingProblem.NotFound => "找不到这次会议，可能已被删除。",
        MeetingProblem.GroupNeeded needed => $"{MeetingKinds.ToChinese(needed.Kind)}需要指明是哪个党小组。",
        _ => MeetingProblemTexts.Say(problem, presenter),
    };

    public string Say(RecordedMeetingProblem problem) => problem switch
    {
        RecordedMeetingProblem.StartInFuture future => $"{presenter.When(future.StartsAt)} 还没有到。补录只用于已经召开的会议。",
        RecordedMeetingProblem.AmbiguousNames ambiguous => $"名册中有不止一位{string.Join("、", ambiguous.Names)}，请勾选具体的人。",
        RecordedMeetingProblem.Meeting meeting => Say(meeting.Problem),
        _ => MeetingProblemTexts.Say(problem, presenter),
    };

    public static string Say(ComplianceProblem problem) => problem switch
    {
        ComplianceProblem.YearOutOfRange => $"请给出{ComplianceService.FirstYear}年到{ComplianceService.LastYear}年之间的年份。",
        ComplianceProblem.QuarterOutOfRange => "季度应为第一到第四季度。",
        _ => MeetingProblemTexts.Say(problem),
    };
}
