using System.Text.RegularExpressions;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Engine.Prompts;

/// <summary>
/// A short reply to a prompt as people type it, made readable: full-width folded, lower case, text smileys and
/// bracketed chat emoticons dropped, the commonest pinyin-IME slips in answers put right (克以, 部用, 没问提), and cut
/// into clauses at punctuation, ellipses and spaces, each clause remembering whether it was asked as a question.
/// </summary>
public static partial class ReplyText
{
    private static readonly (string Typed, string Meant)[] Slips =
    [
        ("克以", "可以"), ("可已", "可以"), ("课以", "可以"), ("没问提", "没问题"), ("没文题", "没问题"), ("部用", "不用"), ("步用", "不用"),
        ("不用拉", "不用啦"), ("好得", "好的"), ("是得", "是的"), ("对得", "对的"), ("恩", "嗯"), ("木有", "没有"), ("确人", "确认"),
    ];

    public static string Clean(string? text)
    {
        var folded = WidthFolding.Fold(text ?? string.Empty).Trim().ToLowerInvariant();
        folded = Smileys().Replace(folded, " ").Replace("👍", "好", StringComparison.Ordinal).Replace("👌", "好", StringComparison.Ordinal);
        foreach (var (typed, meant) in Slips)
        {
            folded = folded.Replace(typed, meant, StringComparison.Ordinal);
        }

        return folded.Trim();
    }

    /// <summary>The clauses of a cleaned reply, in order, each with whether a question mark ended it.</summary>
    public static IReadOnlyList<(string Text, bool Asked)> Clauses(string cleaned)
    {
        var clauses = new List<(string, bool)>();
        foreach (Match part in Clause().Matches(cleaned))
        {
            var body = part.Groups["body"].Value.Trim();
            if (body.Length > 0)
            {
                clauses.Add((body, part.Groups["end"].Value.Contains('?', StringComparison.Ordinal) || part.Groups["end"].Value.Contains('？', StringComparison.Ordinal)));
            }
        }

        return clauses;
    }

    /// <summary>The reply with its punctuation and spaces removed: what was said, not how it was typed.</summary>
    public static string Plain(string cleaned) => Separators().Replace(cleaned, string.Empty);

    /// <summary>A reply that leaves the decision to the bot or puts it off: 随便, 都行, 你看着办, 我再想想, 不知道, 等等.</summary>
    public static bool Undecided(string cleaned) => Undecidedly().IsMatch(cleaned);

    [GeneratedRegex(@"随便|都行|都可以|都好|都成|无所谓|看着办|你定|你决定|你看吧|想想|想一想|考虑|不[太大很]?(知道|清楚|确定)|没想好|犹豫|纠结|等等")]
    private static partial Regex Undecidedly();

    [GeneratedRegex(@"[:;=]-?[)(dp\]\[]|\^[_\-.]*\^|[（(][\^\-_.ωo]*[)）]|\[[^\]\s]{1,4}\]|orz|哈{2,}|呵{2,}|嘿{2,}")]
    private static partial Regex Smileys();

    [GeneratedRegex(@"(?<body>[^，,。.！!？?；;、…~～\s]+)(?<end>[，,。.！!？?；;、…~～\s]*)")]
    private static partial Regex Clause();

    [GeneratedRegex(@"[，,。.！!？?；;、…~～\s:：""“”'‘’]+")]
    private static partial Regex Separators();
}
