using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Forms;

namespace BranchBot.Dialogs.Bot;

/// <summary>
/// A summary's 确认/修改/提交 pressed again after the summary was answered (a double tap, or an old message's button) with
/// nothing waiting for it: says the earlier step is done instead of "没有理解"; nothing is done twice.
/// </summary>
public sealed class SpentConfirmationHandler : IFreeTextHandler
{
    private static readonly HashSet<string> SummaryButtons = new(StringComparer.Ordinal)
    {
        FormChoices.Confirm, FormChoices.Change, "确定", "确认无误", "确认发送", "提交",
    };

    public int Order => 7;

    public async Task<bool> TryHandleAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!SummaryButtons.Contains(TextNormalizer.StripTrailingPunctuation(turn.Text).Trim()))
        {
            return false;
        }

        await turn.SendAsync(BotTexts.NothingToConfirm, cancellationToken);
        return true;
    }
}
