using BranchBot.Dialogs.Broadcasts;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Forms;
using BranchBot.Dialogs.Organisation;
using BranchBot.Dialogs.Talks;

namespace BranchBot.Dialogs.Bot;

/// <summary>
/// A button pressed again after its step was answered (a double tap, or an old message's button) with nothing waiting
/// for it: a summary's 确认/修改/提交, or a 党委广播 preview's send buttons. Says the step is done and where to look,
/// instead of "没有理解"; nothing is done or sent twice.
/// </summary>
public sealed class SpentButtonHandler : IFreeTextHandler
{
    private static readonly Dictionary<string, string> ReplyByButton = new(StringComparer.Ordinal)
    {
        [FormChoices.Confirm] = BotTexts.NothingToConfirm,
        [FormChoices.Change] = BotTexts.NothingToConfirm,
        ["确定"] = BotTexts.NothingToConfirm,
        ["确认无误"] = BotTexts.NothingToConfirm,
        ["确认发送"] = BotTexts.NothingToConfirm,
        ["提交"] = BotTexts.NothingToConfirm,
        [TalkTexts.Submit] = TalkTexts.NothingToSubmit,
        [BroadcastTexts.Now] = BotTexts.NothingToConfirm,
        [BroadcastTexts.Later] = BotTexts.NothingToConfirm,
        [OrganisationBroadcastTexts.SendWithReceipt] = OrganisationBroadcastTexts.PreviewSpent,
        [OrganisationBroadcastTexts.SendWithoutReceipt] = OrganisationBroadcastTexts.PreviewSpent,
        [OrganisationBroadcastTexts.DoNotSend] = OrganisationBroadcastTexts.PreviewSpent,
    };

    public int Order => 6;

    public async Task<bool> TryHandleAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        // Exact first: 发送（不要回执） ends in a bracket that trailing-punctuation stripping would cut.
        var text = turn.Text.Trim();
        if (!ReplyByButton.TryGetValue(text, out var reply)
            && !ReplyByButton.TryGetValue(TextNormalizer.StripTrailingPunctuation(text), out reply))
        {
            return false;
        }

        await turn.SendAsync(reply, cancellationToken);
        return true;
    }
}
