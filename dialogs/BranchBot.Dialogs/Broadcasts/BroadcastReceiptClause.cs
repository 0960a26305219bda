namespace BranchBot.Dialogs.Broadcasts;

/// <summary>
/// A closing clause addressed to the bot rather than to the members: "广播 明天开会请准时参加，需要回执" asks for a
/// 回执 and the clause is not part of the notice. Only a whole last clause counts, so "收到请回执" stays in the text.
/// </summary>
internal static class BroadcastReceiptClause
{
    private static readonly string[] Wanted = ["需要回执", "要回执", "需回执", "要求回执", "需要大家回执", "要大家回执"];

    private static readonly string[] NotWanted = ["不需要回执", "不要回执", "无需回执", "不用回执", "不需回执", "不要求回执"];

    private static readonly char[] ClauseSeparators = [',', '，', '。', ';', '；', ' ', '\u3000', '\n', '!', '！'];

    /// <summary>The text without the clause and what it asked for; the text unchanged and null without one.</summary>
    public static (string Text, bool? RequiresAcknowledgement) Take(string text)
    {
        var trimmed = text.TrimEnd(ClauseSeparators);
        var cut = trimmed.LastIndexOfAny(ClauseSeparators);
        if (cut < 0)
        {
            return (text, null);
        }

        var clause = trimmed[(cut + 1)..];
        bool? wanted = NotWanted.Contains(clause, StringComparer.Ordinal) ? false
            : Wanted.Contains(clause, StringComparer.Ordinal) ? true
            : null;
        if (wanted is null)
        {
            return (text, null);
        }

        var rest = trimmed[..cut].TrimEnd(ClauseSeparators);
        return rest.Length == 0 ? (text, null) : (rest, wanted);
    }
}
