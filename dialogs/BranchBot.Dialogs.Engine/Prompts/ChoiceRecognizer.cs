using System.Text.RegularExpressions;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Engine.Prompts;

/// <summary>Finds which option an answer picks.</summary>
public static partial class ChoiceRecognizer
{
    public static FoundChoice? Recognize(string text, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var typed = TextNormalizer.StripTrailingPunctuation(text);
        if (typed.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        for (var i = 0; i < choices.Count; i++)
        {
            if (Names(choices[i]).Any(name => string.Equals(name, typed, StringComparison.OrdinalIgnoreCase)))
            {
                return new FoundChoice(i, choices[i].Value);
            }
        }

        // "选１", "第２个吧", "立即吧", "就现在": full-width folded, "选"/"就" before and particles after dropped.
        var cleaned = ReplyText.Clean(text);
        var answer = Picking().Replace(ReplyText.Plain(cleaned), string.Empty);
        if (answer.Length == 0)
        {
            return null;
        }

        for (var i = 0; i < choices.Count; i++)
        {
            if (Names(choices[i]).Any(name => string.Equals(name, answer, StringComparison.OrdinalIgnoreCase)))
            {
                return new FoundChoice(i, choices[i].Value);
            }
        }

        if (TryReadOrdinal(answer, out var number))
        {
            return number >= 1 && number <= choices.Count ? new FoundChoice(number - 1, choices[number - 1].Value) : null;
        }

        // A part of exactly one option ("立即" for 立即发送, "第一党小组" for 第一党小组会) picks it; a part of two does not.
        if (answer.Length >= 2)
        {
            var containing = Enumerable.Range(0, choices.Count)
                .Where(i => Names(choices[i]).Any(name => name.Contains(answer, StringComparison.OrdinalIgnoreCase)))
                .ToList();
            if (containing.Count == 1)
            {
                return new FoundChoice(containing[0], choices[containing[0]].Value);
            }
        }

        // A sentence naming exactly one option ("我选线上吧") picks it; naming two is not understood. A question
        // ("这是什么意思呢") picks nothing, nor does a one-character name inside a sentence (是, 好) or a negated name
        // ("不确认"): any of these would confirm a write the member did not ask for.
        if (IsQuestion(cleaned) || ReplyText.Undecided(cleaned))
        {
            return null;
        }

        var mentioned = Enumerable.Range(0, choices.Count)
            .Where(i => Names(choices[i]).Any(name => name.Length >= 2 && MentionedPlainly(answer, name)))
            .ToList();
        if (mentioned.Count == 1 && !CarriesAnotherRequest(answer, choices))
        {
            return new FoundChoice(mentioned[0], choices[mentioned[0]].Value);
        }

        // Naming none, or more than one, the answer may still mean exactly one option ("越快越好", "明早8点发").
        if (ChoiceMeanings.Pick(cleaned, choices) is { } meant)
        {
            return new FoundChoice(meant, choices[meant].Value);
        }

        return YesOrNo(text, choices);
    }

    /// <summary>
    /// An option answering 是 and one answering 否 ("确认"/"不修改") are a yes/no question in buttons: "好的", "行，改吧",
    /// "不用了" answer it as they answer a yes/no prompt (<see cref="YesNoReader"/>: a hedge or a question picks nothing).
    /// </summary>
    private static FoundChoice? YesOrNo(string text, IReadOnlyList<Choice> choices)
    {
        if (OnlyOptionNamed(choices, "是") is not { } yes || OnlyOptionNamed(choices, "否") is not { } no)
        {
            return null;
        }

        return YesNoReader.Read(text) switch
        {
            true => new FoundChoice(yes, choices[yes].Value),
            false => new FoundChoice(no, choices[no].Value),
            null => null,
        };
    }

    private static int? OnlyOptionNamed(IReadOnlyList<Choice> choices, string name)
    {
        var named = Enumerable.Range(0, choices.Count).Where(i => Names(choices[i]).Contains(name, StringComparer.Ordinal)).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    [GeneratedRegex(@"^(我选|选择|我要|就选|选|就|那就|要)|[吧呀啊哈呢啦嘛哦喔呐滴咯]+$")]
    private static partial Regex Picking();

    /// <summary>
    /// A sentence that names an option in passing while asking for something else, with a time and an action of its own
    /// ("下周二晚上七点半在线上开个支委会，研究年底考核" at "要补录哪一类会议？"): not an answer, and the request is not
    /// dropped into this question. Said beside an option, a time alone ("支委会，下周二晚上") still answers.
    /// </summary>
    public static bool CarriesAnotherRequest(string text, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var rest = ReplyText.Plain(ReplyText.Clean(text));
        foreach (var name in choices.SelectMany(Names).Where(n => n.Length >= 2).OrderByDescending(n => n.Length))
        {
            rest = rest.Replace(name, string.Empty, StringComparison.OrdinalIgnoreCase);
        }

        return rest.Length >= 10 && TimeWord().IsMatch(rest) && RequestVerb().IsMatch(rest);
    }

    [GeneratedRegex(@"[0-9零一二三四五六七八九十两]+\s*(点|:|：|号|日)|(今|明|后)天|(上|下|这|本)(周|星期|礼拜)|周[一二三四五六日天]|星期[一二三四五六日天]|(上午|下午|晚上|早上|中午|今晚)")]
    private static partial Regex TimeWord();

    [GeneratedRegex(@"开(个|一个|一次|会)|安排|召开|通知|发(个|一个|条|一条)|请假|签到|改到|改成|挪到|推迟|提前|取消")]
    private static partial Regex RequestVerb();

    private static readonly string[] QuestionMarkers = ["什么", "怎么", "为什么", "为啥", "吗", "呢", "？", "?", "啥"];

    private const string Negations = "不别没未勿";

    /// <summary>A question, or two options weighed against each other ("现在发还是明天发"): 还是 inside a clause.</summary>
    private static bool IsQuestion(string answer) => QuestionMarkers.Any(marker => answer.Contains(marker, StringComparison.Ordinal)) || Alternatives().IsMatch(answer);

    [GeneratedRegex(@"[^\s，,。！!我那就也]还是")]
    private static partial Regex Alternatives();

    private static bool MentionedPlainly(string answer, string name)
    {
        for (var at = answer.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = answer.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (at == 0 || !Negations.Contains(answer[at - 1], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Names(Choice choice) => choice.Synonyms is null ? [choice.Value] : [choice.Value, .. choice.Synonyms];

    private static bool TryReadOrdinal(string answer, out int number)
    {
        var core = answer;
        if (core.StartsWith('第'))
        {
            core = core[1..];
        }

        foreach (var suffix in new[] { "个", "项", "条", "." , "、", "号" })
        {
            if (core.EndsWith(suffix, StringComparison.Ordinal))
            {
                core = core[..^suffix.Length];
                break;
            }
        }

        // "选B": option letters count like numbers.
        if (core.Length == 1 && core[0] is >= 'a' and <= 'h')
        {
            number = core[0] - 'a' + 1;
            return true;
        }

        return ChineseNumerals.TryParse(core, out number);
    }
}
