using System.Text.RegularExpressions;

namespace BranchBot.Core.Knowledge;

/// <summary>
/// An entry's answer opens with a yes or no in the words of its own question ("没有。", "要。", "可以。"). Said to a member
/// who asked otherwise, that word is fitted to the question: "预备党员能投票吗" is answered "不能。" rather than "没有。",
/// and a question that asks how, what or why ("怎么请假") gets no yes or no at all. The rest of the answer is unchanged.
/// </summary>
public static partial class KnowledgeAnswerLead
{
    public static string Fit(string? question, string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var lead = Lead().Match(answer);
        if (!lead.Success || string.IsNullOrWhiteSpace(question))
        {
            return answer;
        }

        var asked = KnowledgeAskedClause.Asked(question);
        var kind = KnowledgeAskedKindReader.Read(asked);
        var rest = answer[lead.Length..];
        if ((kind & KnowledgeAskedKind.Whether) == 0)
        {
            // "怎么请假", "会受什么处分": an open question has no yes or no; a plain statement keeps the entry's.
            return kind == KnowledgeAskedKind.None ? answer : rest;
        }

        if (YesNoModal(asked) is not { } modal)
        {
            return answer;
        }

        var word = lead.Groups["word"].Value;
        var negative = word.StartsWith('不') || word.StartsWith('没');
        var fitted = negative ? (modal == "有" ? "没有" : "不" + modal) : modal;
        return Stem(word) == modal || (!negative && word == "必须" && modal is "要" or "需要" or "得") ? answer : fitted + lead.Groups["mark"].Value + rest;
    }

    /// <summary>The modal a yes-or-no question asks with: 能不能 / 可不可以 / 有没有, or the last one in what it asks.</summary>
    private static string? YesNoModal(string asked)
    {
        if (EitherWay().Match(asked) is { Success: true } either)
        {
            return either.Groups["modal"].Value switch
            {
                "可" => "可以",
                "需" => "需要",
                var modal => modal,
            };
        }

        var modals = Modal().Matches(asked);
        return modals.Count == 0 ? null : modals[^1].Value;
    }

    private static string Stem(string word) => word switch
    {
        "没有" => "有",
        _ when word.StartsWith('不') => word[1..],
        _ => word,
    };

    [GeneratedRegex(@"^(?<word>不需要|需要|不要|要|没有|有|不能|能|不可以|可以|不会|会|不是|是|不算|算|不用|用|必须)(?<mark>[。，！])")]
    private static partial Regex Lead();

    [GeneratedRegex(@"(?<modal>能|可|要|需|有|会|是|算|用)(不|没)\k<modal>")]
    private static partial Regex EitherWay();

    /// <summary>
    /// A modal verb, not the same character inside another word: 可能, 重要, 主要, 要求, 所有, 有关, 大会, 支委会, 会议, 机会,
    /// 还是, 就是, 计算, 打算.
    /// </summary>
    [GeneratedRegex(@"需要|可以|(?<![可功本才])能(?!力)|(?<![重主需只])要(?![求点素])|(?<![所没具拥])有(?!关|些|的)|(?<![大委组小开例全工学机社议])会(?![议上场费员])|(?<![还就或凡只总也不])是(?!否)|(?<![计打就])算|(?<![使作费不])用(?!品|途)")]
    private static partial Regex Modal();
}
