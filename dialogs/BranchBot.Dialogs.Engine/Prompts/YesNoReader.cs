using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Engine.Prompts;

/// <summary>
/// Reads a yes or a no from a Chinese reply, not from a word list: the reply is cut into clauses, each clause is read
/// by its leading word (an affirmation such as 好/行/可以/需要/没问题, or a negation 不/别/没/算了 that binds everything
/// after it: 不继续了, 不太需要, 没那个必要), with fillers before it (那就, 还是, 先, 暂时, 应该, 真) and particles after it
/// (吧, 的, 哈, 呀, 了) ignored, repetition folded (可以可以, 不了不了) and a double negation flipped (不是不要). Then the
/// clauses are weighed: agreeing clauses answer; when they disagree the later one is a correction ("不要…还是要吧")
/// unless a hedge follows it ("好……不对，等等"). A hedge (随便, 都行, 再想想, 看情况, 可能吧), a question or a bare
/// smiley is no answer: the prompt asks again rather than guess, because a yes here usually writes something. A
/// hedge after a no keeps the no ("算了吧，下次再说": not now is still no). Digits answer by button order: 1 yes, 2 no.
/// </summary>
public static partial class YesNoReader
{
    private enum Reading
    {
        Neutral,
        Yes,
        No,
        Hedge,
    }

    public static bool? Read(string? text)
    {
        var cleaned = ReplyText.Clean(text);
        var plain = ReplyText.Plain(cleaned);
        if (plain.Length == 0)
        {
            return null;
        }

        if (plain.All(char.IsAsciiDigit))
        {
            return plain switch { "1" => true, "2" => false, _ => null };
        }

        var readings = ReplyText.Clauses(cleaned).Select(c => ReadClause(c.Text, c.Asked)).Where(r => r != Reading.Neutral).ToList();
        return Weigh(readings);
    }

    /// <summary>
    /// True when no clause of the reply answers, hesitates or asks: a statement of its own ("家里老人住院了，顾不过来"),
    /// which a question that must not lose what was typed can keep as something said, instead of asking again.
    /// </summary>
    public static bool IsStatement(string? text)
    {
        var cleaned = ReplyText.Clean(text);
        var plain = ReplyText.Plain(cleaned);
        if (plain.Length < 2 || plain.All(char.IsAsciiDigit))
        {
            return false;
        }

        return ReplyText.Clauses(cleaned).All(c => ReadClause(c.Text, c.Asked) == Reading.Neutral);
    }

    private static bool? Weigh(List<Reading> readings)
    {
        var lastDecision = readings.FindLastIndex(r => r is Reading.Yes or Reading.No);
        if (lastDecision < 0)
        {
            return null;
        }

        var decisions = readings.Where(r => r is Reading.Yes or Reading.No).Distinct().Count();
        var hedgeAfter = readings.Skip(lastDecision + 1).Any(r => r == Reading.Hedge);
        var answer = readings[lastDecision] == Reading.Yes;
        if (hedgeAfter && (answer || decisions > 1))
        {
            return null;
        }

        return answer;
    }

    private static Reading ReadClause(string clause, bool asked)
    {
        // "不对不对", "不行不行": a refusal said twice holds 对不对 and 行不行, which ask only when said once.
        if (asked || Question().IsMatch(Repetition().Replace(clause, "$1")))
        {
            return Reading.Hedge;
        }

        // "先别弄了回头再说": held off until later is no for now, though 再说 alone only hesitates.
        if (PutOff().IsMatch(clause))
        {
            return Reading.No;
        }

        if (IsHedge(clause))
        {
            return Reading.Hedge;
        }

        return ReadCore(Fillers().Replace(Repetition().Replace(Courtesy().Replace(clause, string.Empty), "$1"), string.Empty));
    }

    private static Reading ReadCore(string core)
    {
        core = Particles().Replace(core, string.Empty);
        if (core.Length == 0)
        {
            return Reading.Neutral;
        }

        if (DoubleNegation().IsMatch(core))
        {
            return Reading.Yes;
        }

        if (NotAnAnswer().IsMatch(core))
        {
            return Reading.Neutral;
        }

        var yes = YesLead().Match(core);
        var no = NoLead().Match(core);
        if (yes.Success && yes.Length >= (no.Success ? no.Length : 0))
        {
            var rest = Particles().Replace(Fillers().Replace(core[yes.Length..], string.Empty), string.Empty);
            if (rest.Length == 0 || Asked().IsMatch(rest))
            {
                return Reading.Yes;
            }

            var after = ReadCore(rest);
            if (after is Reading.Yes or Reading.No)
            {
                return after;
            }

            // A one-character 好/对/是/要 glued to other words (好像, 对不起, 要是) is not an answer; a longer one
            // or one closed by a particle (好的，…, 行吧…, 可以…) is.
            return yes.Length >= 2 || core.Length > yes.Length && Particles().IsMatch(core[yes.Length].ToString()) ? Reading.Yes : Reading.Neutral;
        }

        if (no.Success)
        {
            return Reading.No;
        }

        // "删吧", "发吧", "提交": the action asked about, said alone, goes ahead.
        if (Asked().IsMatch(core))
        {
            return Reading.Yes;
        }

        // "就是说说而已不用了": an answer closing a clause counts as well as one opening it.
        var trailing = TrailingAnswer().Match(core);
        if (trailing.Success)
        {
            return trailing.Groups["no"].Success ? Reading.No : Reading.Yes;
        }

        return Reading.Neutral;
    }

    /// <summary>What is asked about, repeated after the answer ("要回执", "需要提醒"), does not change it.</summary>
    [GeneratedRegex(@"^(回执|回复|确认|提醒|通知|发送|发|提交|保存|删除?|继续)$")]
    private static partial Regex Asked();

    [GeneratedRegex(@"(?<!没)什么|(?<!没)啥|怎么|为什么|为啥|吗|是不是|能不能|可不可以|行不行|好不好|要不要(?!都)|对不对|哪(个|些|里)|意思")]
    private static partial Regex Question();

    [GeneratedRegex(@"可能|也许|或许|大概|再说|回头|看情况|再看|看看再|不一定|说不好|不好说|没事|没关系|不好意思|等一下|等一等|稍等|等会|等下")]
    private static partial Regex Hedge();

    [GeneratedRegex(@"^(那|那就|还是)?(先|暂时|暂且)?(别|不要|甭|不用)[^，,。]{0,6}?(回头|以后|改天|过两天|下次|等等)再说")]
    private static partial Regex PutOff();

    private static bool IsHedge(string clause) => ReplyText.Undecided(clause) || Hedge().IsMatch(clause);

    [GeneratedRegex(@"(谢谢(你|您|啦|了)?|谢了|多谢|感谢|辛苦了?|麻烦(你|您)?了)")]
    private static partial Regex Courtesy();

    [GeneratedRegex(@"(.{1,3}?)\1+")]
    private static partial Regex Repetition();

    /// <remarks>"这可不行", "这回先不弄了": 这可/这回/这次/这下 before a refusal only set it in its moment.</remarks>
    [GeneratedRegex(@"^(那就(?!这)|那|就(?!这)|嗯那|我觉得|我看|感觉|还是|先|暂时|目前|现在|真的|真|应该|确实|实在|其实|也|都|哦|噢|唉|哎|额|呃|啊|要不(?!要)|这(可|回|次|下)(?=(先|暂时|就|还是)?[不别没甭]))+")]
    private static partial Regex Fillers();

    [GeneratedRegex(@"^[吧呀啊哈呢啦嘛哦喔呐哪滴的了咯噢哇嘞啰哼呗]+|[吧呀啊哈呢啦嘛哦喔呐哪滴的了咯噢哇嘞啰哼呗]+$")]
    private static partial Regex Particles();

    [GeneratedRegex(@"^(不是|并不是|也不是)不")]
    private static partial Regex DoubleNegation();

    /// <summary>Words that open with 不 or 好 but answer nothing: 不客气, 不错 (praise, not consent), 好像, 好多.</summary>
    [GeneratedRegex(@"^(不客气|不错|好像|好多|好几|对不起|对了|是说|要是|行程)")]
    private static partial Regex NotAnAnswer();

    [GeneratedRegex(@"^(没问题|冇问题|冇事|没毛病|没错|无误|对头|好嘞|得嘞|要得|肯定|好滴|好哒|好的|好吧|好啊|好呀|可以|当然|必须|同意|确认|确定|需要|继续|接着|提交|就这样|是这样|就这么办|就这么定|这样就行|就这么|收到|ok(ay)?(?![a-z])|yes(?![a-z])|yep(?![a-z])|yeah(?![a-z])|yup(?![a-z])|sure(?![a-z])|y(?![a-z])|嗯|好|行|对|是|要|妥|可$|中$|成$|得$)")]
    private static partial Regex YesLead();

    [GeneratedRegex(@"^(不|别|甭|没|唔使|唔用|唔要|唔好|冇(?!问题|事)|无需|无须|否|算了|算啦|算$|免$|取消|免了|拉倒|用不着|nope(?![a-z])|nah(?![a-z])|no(?![a-z])|n(?![a-z]))")]
    private static partial Regex NoLead();

    [GeneratedRegex(@"((?<no>不用|不需要|不要|算了|没必要|不必|不发|别发)|(?<yes>(?<![不没别])(没问题|可以|好的)))[吧呀啊哈呢啦了的]*$")]
    private static partial Regex TrailingAnswer();
}
