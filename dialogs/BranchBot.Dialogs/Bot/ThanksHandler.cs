using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Bot;

/// <summary>
/// "谢谢", "好的谢谢书记", "辛苦了🙏": thanks on their own get a short "不客气" instead of "没有理解" (or an offer to pass
/// them on as a reply to a broadcast). After the receipt words: "好的，谢谢" still confirms a broadcast waiting for 收到.
/// </summary>
public sealed partial class ThanksHandler : IFreeTextHandler
{
    public const string Reply = "不客气！有需要随时找我。";

    // After AcknowledgementWordsHandler (8) and the leave decision words; before the intent layer and the knowledge base.
    public int Order => 11;

    public async Task<bool> TryHandleAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!IsThanks(turn.Text))
        {
            return false;
        }

        await turn.SendAsync(Reply, cancellationToken);
        return true;
    }

    /// <summary>Thanks, with at most acknowledgements, a form of address and particles beside them.</summary>
    public static bool IsThanks(string? text)
    {
        var words = Decoration().Replace(text ?? string.Empty, string.Empty);
        return Thanks().IsMatch(words) && Thanks().Replace(Courtesy().Replace(words, string.Empty), string.Empty).Length == 0;
    }

    [GeneratedRegex(@"[\s\p{P}\p{S}\u200d\ufe0f]|[\uD800-\uDFFF]")]
    private static partial Regex Decoration();

    [GeneratedRegex(@"谢谢|多谢|谢了|感谢|辛苦了?|麻烦(您|你)?了?")]
    private static partial Regex Thanks();

    [GeneratedRegex(@"好的|好嘞|好|嗯嗯?|收到了?|知道了|明白了?|书记|老师|同志|大家|你们|您|你|啦|啊|哈|呀|哦|的|了|哈哈")]
    private static partial Regex Courtesy();
}
