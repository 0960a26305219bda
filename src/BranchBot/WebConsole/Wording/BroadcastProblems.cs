using BranchBot.Core.Broadcasts;
using BranchBot.Core.Broadcasts.Plans;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Broadcasts;
using BranchBot.WebConsole.Pages.Broadcasts;

namespace BranchBot.WebConsole.Wording;

/// <summary>
/// How the console words broadcast and 定期广播 problems: the chat's sentences, except where those send people to a
/// chat command (the console shows its lists on the page itself).
/// </summary>
internal static class BroadcastProblems
{
    public static string Say(BroadcastProblem problem, BranchClock clock) => problem switch
    {
        BroadcastProblem.NotFound notFound => $"找不到{BroadcastFormat.Title(notFound.Number)}。",
        _ => BroadcastTexts.Problem(problem, clock),
    };

    public static string Say(BroadcastPlanProblem problem, BranchClock clock) => problem switch
    {
        BroadcastPlanProblem.Broadcast refused => Say(refused.Problem, clock),
        BroadcastPlanProblem.NotFound notFound => $"找不到定期广播 #{notFound.Number}。",
        _ => BroadcastPlanTexts.Problem(problem, clock),
    };

    /// <summary>Why a plan's last occurrence was not sent.</summary>
    public static string Skipped(SkippedOccurrence skipped, BranchClock clock) => skipped switch
    {
        SkippedOccurrence.Refused refused => $"{BroadcastTexts.When(refused.At, clock)}这次没有发送：{Say(refused.Problem, clock)}",
        _ => BroadcastPlanTexts.Skipped(skipped, clock),
    };
}
