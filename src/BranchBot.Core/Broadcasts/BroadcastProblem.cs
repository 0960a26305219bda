using BranchBot.Core.Meetings;
using BranchBot.Core.Text;

namespace BranchBot.Core.Broadcasts;

/// <summary>Which follow-up of a sent broadcast was asked for: 催收 or 补发.</summary>
public enum BroadcastFollowUp
{
    Remind,
    Resend,
}

/// <summary>Why a broadcast operation was refused. Carries data only; the chat and the console word it.</summary>
public abstract record BroadcastProblem
{
    /// <summary>Only active 书记, 副书记 and 支委 may broadcast.</summary>
    public sealed record NotAllowed : BroadcastProblem;

    /// <summary>Only the author, the 书记 and the 副书记 may 撤回.</summary>
    public sealed record NotAllowedToWithdraw : BroadcastProblem;

    /// <summary>The broadcast's content or a reply cannot be stored as typed.</summary>
    public sealed record Text(TextProblem Problem) : BroadcastProblem;

    /// <summary>The broadcast's content is longer than <paramref name="MaxLength"/>.</summary>
    public sealed record TooLong(int Length, int MaxLength) : BroadcastProblem;

    /// <summary>A 定时 time that has already passed.</summary>
    public sealed record PastTime(DateTimeOffset At) : BroadcastProblem;

    /// <summary>The audience has nobody to send to (the author left out).</summary>
    public sealed record EmptyAudience(string AudienceLabel) : BroadcastProblem;

    public sealed record NotFound(int Number) : BroadcastProblem;

    public sealed record AlreadyWithdrawn(int Number) : BroadcastProblem;

    /// <summary>A 催收 or 补发 of a withdrawn broadcast.</summary>
    public sealed record FollowUpOfWithdrawn(int Number, BroadcastFollowUp Action) : BroadcastProblem;

    /// <summary>A 催收 or 补发 of a 定时 broadcast that has not gone out yet.</summary>
    public sealed record NotYetSent(int Number, DateTimeOffset SendsAt, BroadcastFollowUp Action) : BroadcastProblem;

    /// <summary>催收 of a broadcast that asked for no 收到.</summary>
    public sealed record NoAcknowledgementAsked(int Number) : BroadcastProblem;

    /// <summary>催收 when every recipient has pressed 收到.</summary>
    public sealed record AllAcknowledged(int Number) : BroadcastProblem;

    /// <summary>补发 while <paramref name="Pending"/> messages are still on their way and the rest have results.</summary>
    public sealed record StillSending(int Number, int Pending) : BroadcastProblem;

    /// <summary>补发 with nobody unknown, failed, or unreachable but now bound.</summary>
    public sealed record NothingToResend(int Number) : BroadcastProblem;

    /// <summary>收到 for a broadcast that asked for none.</summary>
    public sealed record AcknowledgementNotNeeded(int Number) : BroadcastProblem;

    /// <summary>收到 or 回复 naming a broadcast the member was not sent (or not yet).</summary>
    public sealed record NotReceived(int Number) : BroadcastProblem;

    /// <summary>收到 or 回复 naming a withdrawn broadcast.</summary>
    public sealed record Withdrawn(int Number) : BroadcastProblem;

    /// <summary>收到 or 回复 without a number, and no recent broadcast to the member fits.</summary>
    public sealed record NothingReceived : BroadcastProblem;

    public sealed record NoGroups : BroadcastProblem;

    /// <summary>No 党小组 matches <paramref name="Name"/>; <paramref name="Groups"/> are the existing ones, ordered.</summary>
    public sealed record GroupNotFound(string Name, IReadOnlyList<string> Groups) : BroadcastProblem;

    /// <summary>The meeting of a 未签到人员 audience is gone or cancelled.</summary>
    public sealed record MeetingNotFound : BroadcastProblem;

    public sealed record MeetingNotStarted(Meeting Meeting) : BroadcastProblem;

    /// <summary>A 未回执人员 audience without the earlier broadcast's number.</summary>
    public sealed record EarlierNotNamed : BroadcastProblem;

    public sealed record EarlierNotFound(int Number) : BroadcastProblem;

    /// <summary>A 未回执人员 audience of a broadcast that asked for no 收到.</summary>
    public sealed record EarlierAskedNoAcknowledgement(int Number) : BroadcastProblem;
}
