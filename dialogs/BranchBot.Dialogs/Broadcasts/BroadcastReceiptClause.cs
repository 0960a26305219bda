using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Broadcasts;

/// <summary>
/// A closing clause addressed to the bot rather than to the members: "广播 明天开会请准时参加，需要回执" asks for a
/// 回执 and the clause is not part of the notice. Only a whole last clause counts, so "收到请回执" stays in the text.
/// </summary>
internal static partial class BroadcastReceiptClause
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

    /// <summary>
    /// The words by which the notice itself asks members to confirm they got it ("收到请回复", "请回复收到", "看到请回执"),
    /// or null. Such a notice wants a 回执 whatever the 书记 would answer, so the question is not asked. A bare "收到回复"
    /// counts only as a clause of its own ("…，收到回复"), not inside a sentence ("收到回复后再定").
    /// </summary>
    public static string? AskedOfMembers(string text)
    {
        var match = AsksForReceipt().Match(text);
        return match.Success ? match.Value : null;
    }

    [GeneratedRegex(@"(收到|看到|阅后|阅悉)(后|的话)?[,，]?((请|务必|麻烦)(大家|各位)?(及时)?(回复|回执|回个信|回一下)|(回复|回执)(?=$|[。！!，,；;]))|请(大家|各位)?(及时)?(回复|回)[「“""]?收到|请(大家|各位)?(及时)?回执")]
    private static partial Regex AsksForReceipt();
}
