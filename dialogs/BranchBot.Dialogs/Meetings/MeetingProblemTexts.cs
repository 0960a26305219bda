using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Bot;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// How the chat words the problems of meetings, attendance, 补录 and the 台账. Meetings and times are written by
/// <see cref="MeetingPresenter"/>, the one meeting format of the chat.
/// </summary>
public static class MeetingProblemTexts
{
    public const string NotAllowedToArrange = "只有书记、副书记和支委可以安排、修改或取消会议；党小组长可以安排本小组的党小组会。";

    public const string NotAllowedToRecord = "只有书记、副书记和支委可以补录会议。";

    public static string Say(MeetingProblem problem, MeetingPresenter presenter)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(presenter);
        return problem switch
        {
            MeetingProblem.NotAllowed => NotAllowedToArrange,
            MeetingProblem.Text text => TextProblemTexts.Say(text.Problem),
            MeetingProblem.StartPassed passed => $"开始时间 {presenter.When(passed.StartsAt)} 已经过去了，请给出一个将来的时间。",
            MeetingProblem.NewStartPassed passed => $"新的开始时间 {presenter.When(passed.StartsAt)} 已经过去了，请给出一个将来的时间。",
            MeetingProblem.EndNotAfterStart => "结束时间必须晚于开始时间。",
            MeetingProblem.LongerThanADay => "一次会议不能超过24小时。多天的活动请分天安排。",
            MeetingProblem.NothingToChange => "没有需要修改的内容。可以修改时间、地点、主题或签到码。",
            MeetingProblem.EndedCannotChange => "这次会议已经结束，不能再修改。",
            MeetingProblem.EndedCannotCancel => "这次会议已经结束，不能取消。",
            MeetingProblem.MinutesBeforeStart => "会议还没有开始，请在会议开始后再添加会议记录。",
            MeetingProblem.NotFound => "找不到这次会议，可能已被删除。请发送「近期安排」查看。",
            MeetingProblem.Cancelled cancelled => $"{presenter.Describe(cancelled.Meeting)}已经取消了。",
            MeetingProblem.GroupNotFound group => $"支部中没有名为「{group.Name}」的党小组。",
            MeetingProblem.GroupNeeded needed =>
                $"{MeetingKinds.ToChinese(needed.Kind)}需要指明是哪个党小组，例如「安排 党小组会 明天下午3点 第一党小组」。你本人不在任何党小组中。",
            MeetingProblem.PlanDurationOutOfRange => "会议时长应在24小时以内。",
            MeetingProblem.Impossible impossible => Say(impossible.Problem),
            MeetingProblem.PlanNotFound => "找不到这个定期计划。",
            MeetingProblem.PlanAlreadyStopped => "这个定期计划已经停止了。",
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "A meeting problem without wording."),
        };
    }

    public static string Say(RecurrenceProblem problem) => problem switch
    {
        RecurrenceProblem.DayOutOfRange => "日期应在1日到31日之间。",
        RecurrenceProblem.MonthOfQuarterOutOfRange => "季度中的月份应为第一、第二或第三个月。",
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "A recurrence problem without wording."),
    };

    public static string Say(AttendanceProblem problem, MeetingPresenter presenter)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(presenter);
        return problem switch
        {
            AttendanceProblem.CodeNeeded needed => $"{presenter.Describe(needed.Meeting)}需要签到码。请发送「签到 签到码」，签到码由主持人在会场公布。",
            AttendanceProblem.WrongCode => "签到码不正确，请核对后重新发送「签到 签到码」。",
            AttendanceProblem.NamedMeetingNotFound => "找不到这次会议。",
            AttendanceProblem.CheckInCancelled cancelled => $"{presenter.Describe(cancelled.Meeting)}已经取消。",
            AttendanceProblem.NotInAudience outside => $"你不在{presenter.Describe(outside.Meeting)}的参会范围内。",
            AttendanceProblem.OpenForOthers { Next: { } next, NextOpens: { } opens } others =>
                $"现在开放签到的是{presenter.Describe(others.Meeting)}，你不在参会范围内。你的下一次会议是{presenter.Describe(next)}，签到将于{presenter.TimeOrWhen(opens, next.StartsAt)}开放。",
            AttendanceProblem.OpenForOthers others => $"现在开放签到的是{presenter.Describe(others.Meeting)}，你不在参会范围内。",
            AttendanceProblem.NothingToCheckIn => "现在没有可以签到的会议，近期也没有需要你参加的会议。",
            AttendanceProblem.CheckInNotOpenYet early =>
                $"现在还不能签到。你的下一次会议是{presenter.Describe(early.Meeting)}，签到将于{presenter.TimeOrWhen(early.Opens, early.Meeting.StartsAt)}开放。",
            AttendanceProblem.CheckInClosed { Next: { } next, NextOpens: { } opens } closed =>
                $"{presenter.Describe(closed.Meeting)}的签到已于{presenter.TimeOrWhen(closed.Closed, closed.Meeting.StartsAt)}结束。你的下一次会议是{presenter.Describe(next)}，签到将于{presenter.TimeOrWhen(opens, next.StartsAt)}开放，到时再发「签到」。",
            AttendanceProblem.CheckInClosed closed =>
                $"{presenter.Describe(closed.Meeting)}的签到已于{presenter.TimeOrWhen(closed.Closed, closed.Meeting.StartsAt)}结束。未能参会的同志请按要求补学。",
            AttendanceProblem.ReasonMissing => "请说明请假原因，例如「请假 出差在外」。",
            AttendanceProblem.ReasonTooLong tooLong => $"请假原因太长了，请控制在{tooLong.MaxLength}个字以内。",
            AttendanceProblem.NoMeetingAhead => "近期没有需要你参加的会议，无需请假。",
            AttendanceProblem.MeetingNotFound => "找不到这次会议。请发送「近期安排」查看。",
            AttendanceProblem.LeaveFromCancelled cancelled => $"{presenter.Describe(cancelled.Meeting)}已经取消，无需请假。",
            AttendanceProblem.LeaveNotInAudience outside => $"你不在{presenter.Describe(outside.Meeting)}的参会范围内，无需请假。",
            AttendanceProblem.LeaveAfterEnd ended => $"{presenter.Describe(ended.Meeting)}已经结束，不能再请假。未参会的同志请按要求补学。",
            AttendanceProblem.LeaveAlreadyCheckedIn checkedIn => $"你已在{presenter.Describe(checkedIn.Meeting)}签到，无需请假。",
            AttendanceProblem.LeaveAlreadyApproved approved => $"你在{presenter.Describe(approved.Meeting)}的请假已获批准，无需重复申请。",
            AttendanceProblem.LeaveAlreadyRequested requested => $"你已为{presenter.Describe(requested.Meeting)}提交过请假申请，正在等待审批。",
            AttendanceProblem.DecideNotAllowed => "只有书记、副书记和支委可以审批请假。",
            AttendanceProblem.LeaveRequestNotFound => "找不到这条请假申请对应的会议或党员。",
            AttendanceProblem.NoLeaveToWithdraw none => $"你在{presenter.Describe(none.Meeting)}没有待审批或已批准的请假，不需要撤销。",
            AttendanceProblem.WithdrawAfterEnd ended => $"{presenter.Describe(ended.Meeting)}已经结束，请假记录保留，不能再撤销。",
            AttendanceProblem.NoPendingLeave none => $"「{none.MemberName}」在{presenter.Describe(none.Meeting)}没有待审批的请假申请（可能已经处理过）。",
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "An attendance problem without wording."),
        };
    }

    public static string Say(RecordedMeetingProblem problem, MeetingPresenter presenter)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(presenter);
        return problem switch
        {
            RecordedMeetingProblem.NotAllowed => NotAllowedToRecord,
            RecordedMeetingProblem.StartInFuture future => $"{presenter.When(future.StartsAt)} 还没有到。补录只用于已经召开的会议；将来的会议请用「安排」。",
            RecordedMeetingProblem.StartTooEarly early => $"补录只能记录{early.EarliestYear}年1月1日以来召开的会议。",
            RecordedMeetingProblem.Meeting meeting => Say(meeting.Problem, presenter),
            RecordedMeetingProblem.AlreadyRecorded recorded => $"{presenter.Describe(recorded.Existing)}已经有记录了，不需要重复补录。",
            RecordedMeetingProblem.UnknownNames unknown => $"名册中找不到：{string.Join("、", unknown.Names)}。请核对姓名（须与名册一致），或先把他们加入名册。",
            RecordedMeetingProblem.AmbiguousNames ambiguous => $"名册中有不止一位{string.Join("、", ambiguous.Names)}，请在控制台中勾选具体的人。",
            RecordedMeetingProblem.AttendedAndOnLeave both => $"{string.Join("、", both.Names)}不能既出席又请假，请改正。",
            RecordedMeetingProblem.NoAttendees => "请至少写出一位出席的同志，或者选择「全体出席」。",
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "A 补录 problem without wording."),
        };
    }

    public static string Say(ComplianceProblem problem) => problem switch
    {
        ComplianceProblem.YearOutOfRange => $"请给出{ComplianceService.FirstYear}年到{ComplianceService.LastYear}年之间的年份，例如「台账 2026」。",
        ComplianceProblem.QuarterOutOfRange => "季度应为第一到第四季度，例如「台账 2026年第四季度」。",
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "A 台账 problem without wording."),
    };
}
