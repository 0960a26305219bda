using System.Text.RegularExpressions;
using BranchBot.Dialogs.Engine;

namespace BranchBot.Dialogs.Bot.Commands;

/// <summary>
/// Finds the command a message starts with. A keyword matches the whole message, or is followed by a space or a
/// colon; commands that allow it also take arguments glued on ("添加党员张三"). Longer keywords win, so
/// "签到情况" is not read as "签到" with the argument "情况". Anything else is not a command, so questions like
/// "加入党组织要什么条件" reach the knowledge base instead.
/// </summary>
public sealed partial class CommandCatalog
{
    private readonly List<(string Keyword, IChatCommand Command)> _byKeyword;

    public CommandCatalog(IEnumerable<IChatCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        Commands = [.. commands];
        _byKeyword = [.. Commands
            .SelectMany(command => command.Keywords.Select(keyword => (Keyword: keyword, Command: command)))
            .OrderByDescending(entry => entry.Keyword.Length)];
    }

    public IReadOnlyList<IChatCommand> Commands { get; }

    public CommandMatch? Match(string? text)
    {
        var message = ArgumentBetweenHalves(TextNormalizer.CollapseSpaces(TextNormalizer.StripTrailingPunctuation(text)));
        foreach (var (keyword, command) in _byKeyword)
        {
            if (KeywordLength(message, keyword) is not { } length)
            {
                continue;
            }

            var rest = message[length..];
            if (rest.Length == 0)
            {
                return new CommandMatch(command, keyword, string.Empty);
            }

            var first = rest[0];
            if (first is ' ' or ':' or '：')
            {
                return new CommandMatch(command, keyword, rest.TrimStart(' ', ':', '：').Trim());
            }

            if (command.AcceptsGluedArguments && !IsPunctuation(first) && !GluedQuestion().IsMatch(rest) && !GluedSentence().IsMatch(rest))
            {
                return new CommandMatch(command, keyword, rest.Trim());
            }
        }

        return null;
    }

    /// <summary>
    /// "谈心 今年 情况", "广播 3 详情": a message of three words whose first and last are the two halves of a command's
    /// keyword is that command, with the word between as its argument ("谈心情况 今年"), never the shorter command its
    /// first half is.
    /// </summary>
    private string ArgumentBetweenHalves(string message)
    {
        if (message.Count(c => c == ' ') != 2)
        {
            return message;
        }

        foreach (var (keyword, _) in _byKeyword)
        {
            for (var cut = 2; cut <= keyword.Length - 2; cut++)
            {
                if (IsCjk(keyword[cut - 1]) && IsCjk(keyword[cut]) && message.StartsWith(keyword[..cut] + " ", StringComparison.OrdinalIgnoreCase)
                    && message.EndsWith(" " + keyword[cut..], StringComparison.OrdinalIgnoreCase))
                {
                    return $"{keyword} {message[(cut + 1)..^(keyword.Length - cut + 1)]}";
                }
            }
        }

        return message;
    }

    /// <summary>
    /// The text with every command keyword typed in two parts, its second word standing alone, put back together
    /// ("党员大会 签到 情况" → "党员大会 签到情况"),
    /// so a free sentence is read with the command it names, not with the shorter keyword its first half is.
    /// </summary>
    public string JoinSplitKeywords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains(' ', StringComparison.Ordinal))
        {
            return text;
        }

        text = ArgumentBetweenHalves(text);

        foreach (var (keyword, _) in _byKeyword)
        {
            for (var cut = 2; cut <= keyword.Length - 2; cut++)
            {
                if (IsCjk(keyword[cut - 1]) && IsCjk(keyword[cut]))
                {
                    text = Regex.Replace(text, $"{Regex.Escape($"{keyword[..cut]} {keyword[cut..]}")}(?=$|[\\s:：,，])", keyword, RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
                }
            }
        }

        return text;
    }

    /// <summary>
    /// How much of the message the keyword takes: the keyword itself, or, for a keyword of two words typed with a space
    /// between them on a phone ("签到 情况", "广播 记录", "党费 情况 12月"), the keyword with that one space, when its second
    /// word stands alone ("回复 广播1 …" is 回复 with the broadcast's number). Longer keywords are tried first, so "签到 情况"
    /// is 签到情况, never 签到 with the code "情况".
    /// </summary>
    private static int? KeywordLength(string message, string keyword)
    {
        if (message.StartsWith(keyword, StringComparison.OrdinalIgnoreCase))
        {
            return keyword.Length;
        }

        for (var cut = 2; cut <= keyword.Length - 2; cut++)
        {
            var spaced = $"{keyword[..cut]} {keyword[cut..]}";
            if (message.StartsWith(spaced, StringComparison.OrdinalIgnoreCase) && IsCjk(keyword[cut - 1]) && IsCjk(keyword[cut])
                && (message.Length == spaced.Length || message[spaced.Length] is ' ' or ':' or '：' or ',' or '，'))
            {
                return spaced.Length;
            }
        }

        return null;
    }

    private static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff';

    /// <summary>
    /// "请假需要提前几天", "请假批下来没有": a keyword glued to a question is a question about the command, for the knowledge base, never
    /// the command run with the question as its argument.
    /// </summary>
    [GeneratedRegex(@"吗$|没有?$|？|\?|怎么|如何|咋|谁|哪|会不会|多少|为啥|为什么|几天|多久|多长|什么|啥$|哪些|规定|要求|能不能|可不可以|是否|几年|几次|必须|应该|算不算|有没有效|干嘛|干啥|干什么|做什么用|有啥用|有什么用|会怎(么)?样|后果|影响")]
    private static partial Regex GluedQuestion();

    /// <summary>
    /// "安排一下陈静", "签到还是请假我还没想好", "会议记录昨天就补过了": a keyword that starts a sentence ("一下", an
    /// alternative, a report of the past) is free text for
    /// the intent layer, which asks rather than running the command with the sentence as its argument.
    /// </summary>
    [GeneratedRegex(@"^一下|^的|还是|没想好|^(昨天|前天|上周|之前|刚才|已经|早就)")]
    private static partial Regex GluedSentence();

    private static bool IsPunctuation(char c) => char.IsPunctuation(c) || c is '？' or '?' or '吗' or '呢';
}
