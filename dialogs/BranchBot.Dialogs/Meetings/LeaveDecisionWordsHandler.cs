using System.Text.RegularExpressions;
using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Engine;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// "同意", "批了吧" or "不批准" typed by a 书记 while leave requests wait: lists them with their 批准/不批准 buttons, as 「批准请假」
/// does, so the decision is still one press on the request meant (nothing is decided by the bare word).
/// </summary>
public sealed partial class LeaveDecisionWordsHandler(AttendanceService attendance, PendingLeaveList pendingList) : IFreeTextHandler
{
    private static readonly HashSet<string> DecisionWords = new(StringComparer.Ordinal)
    {
        "同意", "同意了", "批准", "批准了", "准了", "准假", "批了", "不同意", "不批准", "不准", "驳回",
    };

    public int Order => 9;

    public async Task<bool> TryHandleAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!DecisionWords.Contains(Bare(turn.Text))
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

    /// <summary>"那就批了吧", "行，同意吧": the decision word without the softening around it.</summary>
    private static string Bare(string text) =>
        Softening().Replace(TextNormalizer.StripTrailingPunctuation(text).Trim(), string.Empty);

    [GeneratedRegex(@"^(那就|那|就|好的?|行|可以)[，,\s]*|(吧|啊|呀|哈|呗)+$")]
    private static partial Regex Softening();
}
