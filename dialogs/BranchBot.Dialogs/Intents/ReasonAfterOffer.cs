using System.Text.RegularExpressions;
using BranchBot.Dialogs.Engine.Prompts;

namespace BranchBot.Dialogs.Intents;

/// <summary>
/// The reason a member types right after being offered 请假 without one ("下周三的会我去不了" → "你是想「请假 …」吗？" →
/// "是的，家里有事" or just "家里有事"): the words after a leading yes, or a short reply that says why. A question, a
/// no, or anything that does not read as a reason is not one.
/// </summary>
public static partial class ReasonAfterOffer
{
    private const int MaxLength = 30;

    public static string? Read(string text)
    {
        var cleaned = ReplyText.Clean(text);
        var clauses = ReplyText.Clauses(cleaned);
        if (clauses.Count == 0 || clauses.Any(c => c.Asked) || Asks().IsMatch(cleaned))
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

    /// <summary>Whether the words speak of a reason for missing a meeting ("出差几天", "单位开会").</summary>
    public static bool SpeaksOfReason(string text) => SaysWhy().IsMatch(text ?? string.Empty);

    [GeneratedRegex(@"什么|怎么|为啥|为什么|吗$|呢$|多久|几")]
    private static partial Regex Asks();

    /// <summary>"因为…", "原因是…": the words that only introduce the reason.</summary>
    [GeneratedRegex(@"^(因为|由于|原因是|理由是|是因为|主要是)")]
    private static partial Regex Lead();

    /// <summary>What a reason for missing a meeting is about, when no yes came first to say the reply answers the offer.</summary>
    [GeneratedRegex(@"有事|出差|加班|值班|病|不舒服|医院|看病|住院|手术|孩子|老人|家里|家中|单位|公司|开会|培训|考试|学习|外地|在外|回老家|休假|请了假|婚|丧|葬礼|接送|照顾|陪|因为|由于|原因|走不开|抽不开|忙")]
    private static partial Regex SaysWhy();
}
