using BranchBot.Dialogs.Bot;

namespace BranchBot.Dialogs.Organisation;

/// <summary>
/// A 党委广播 preview's button pressed again after the preview was answered (a double tap, or an old message): says the
/// preview is done and where to look, instead of "没有理解"; nothing is sent twice.
/// </summary>
public sealed class SpentBroadcastPreviewHandler : IFreeTextHandler
{
    private static readonly HashSet<string> Buttons = new(StringComparer.Ordinal)
    {
        OrganisationBroadcastTexts.SendWithReceipt, OrganisationBroadcastTexts.SendWithoutReceipt, OrganisationBroadcastTexts.DoNotSend,
    };

    public int Order => 6;

    public async Task<bool> TryHandleAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!Buttons.Contains(turn.Text.Trim()))
        {
            return false;
        }

        await turn.SendAsync(OrganisationBroadcastTexts.PreviewSpent, cancellationToken);
        return true;
    }
}
