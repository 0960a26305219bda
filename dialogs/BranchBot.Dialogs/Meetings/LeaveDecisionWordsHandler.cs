using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Engine;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// "同意" or "不批准" typed by a 书记 while leave requests wait: lists them with their 批准/不批准 buttons, as 「批准请假」
/// does, so the decision is still one press on the request meant (nothing is decided by the bare word).
/// </summary>
public sealed class LeaveDecisionWordsHandler(AttendanceService attendance, PendingLeaveList pendingList) : IFreeTextHandler
{
    private static readonly HashSet<string> DecisionWords = new(StringComparer.Ordinal)
    {
        "同意", "同意了", "批准", "批准了", "准了", "准假", "批了", "不同意", "不批准", "不准", "驳回",
    };

    public int Order => 9;

    public async Task<bool> TryHandleAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!DecisionWords.Contains(TextNormalizer.StripTrailingPunctuation(turn.Text).Trim())
            || !AudienceCheck.Allows(CommandAudience.Committee, turn.Sender))
        {
            return false;
        }

        var pending = await attendance.ListPendingLeaveAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return false;
        }

        await pendingList.SendAsync(turn, pending, cancellationToken);
        return true;
    }
}
