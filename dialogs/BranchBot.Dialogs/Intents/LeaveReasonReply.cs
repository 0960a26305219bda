using System.Text.RegularExpressions;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Prompts;

namespace BranchBot.Dialogs.Intents;

/// <summary>
/// A member's reply where a reason for leave may come: right after being offered 请假 without one ("下周三的会我去不了" →
/// "你是想「请假 …」吗？" → "是的，家里有事" or just "家里有事"), or at 请假's reason prompt. A question is never a reason
/// ("我这个月党费交多少"), though a reason may hold a question word ("出差几天").
/// </summary>
public static partial class LeaveReasonReply
{
    private const int MaxLength = 30;

    /// <summary>The reason typed to an offered 请假: the words after a leading yes, or a short reply that says why.</summary>
    public static string? AfterOffer(string text)
    {
        var cleaned = ReplyText.Clean(text);
        var clauses = ReplyText.Clauses(cleaned);
        if (clauses.Count == 0 || Asks(cleaned, clauses))
        {
            return null;
        }

        var rest = YesNoReader.Read(clauses[0].Text) == true ? clauses.Skip(1).ToList() : [.. clauses];
        if (rest.Count == 0 || rest.Any(c => YesNoReader.Read(c.Text) is not null))
        {
            return null;
        }

        var reason = Lead().Replace(string.Join('，', rest.Select(c => c.Text)), string.Empty).Trim();
        return reason.Length is > 0 and <= MaxLength && (rest.Count < clauses.Count || SaysWhy().IsMatch(reason)) ? reason : null;
    }

    /// <summary>Whether the reply asks something (a question mark, or question words in what is not a reason).</summary>
    public static bool IsQuestion(string text)
    {
        var cleaned = ReplyText.Clean(text);
        return Asks(cleaned, ReplyText.Clauses(cleaned));
    }

    private static bool Asks(string cleaned, IReadOnlyList<(string Text, bool Asked)> clauses) =>
        clauses.Any(c => c.Asked) || (Question().IsMatch(TextNormalizer.StripTrailingPunctuation(cleaned)) && !SaysWhy().IsMatch(cleaned));

    [GeneratedRegex(@"多少|多久|怎么|为什么|为啥|什么时候|啥时候|哪(里|儿|天|个|些)|几(点|号|次|个|天|月)|(吗|呢|么|没有|了没)$|^(什么|啥)")]
    private static partial Regex Question();

    /// <summary>"因为…", "原因是…": the words that only introduce the reason.</summary>
    [GeneratedRegex(@"^(因为|由于|原因是|理由是|是因为|主要是)")]
    private static partial Regex Lead();

    /// <summary>What a reason for missing a meeting is about, when no yes came first to say the reply answers the offer.</summary>
    [GeneratedRegex(@"有事|出差|加班|值班|病|不舒服|医院|看病|住院|手术|孩子|老人|家里|家中|单位|公司|开会|培训|考试|学习|外地|在外|回老家|休假|请了假|婚|丧|葬礼|接送|照顾|陪|因为|由于|原因|走不开|抽不开|忙")]
    private static partial Regex SaysWhy();
}
