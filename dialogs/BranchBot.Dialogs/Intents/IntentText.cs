using System.Text.RegularExpressions;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Intents;

/// <summary>Clean-ups shared by the intent rules.</summary>
public static partial class IntentText
{
    public static string Clean(string? text) =>
        TextNormalizer.CollapseSpaces(TextNormalizer.StripTrailingPunctuation(WidthFolding.Fold(text ?? string.Empty)));

    /// <summary>
    /// Questions about rules ("党员大会多久开一次", "支委会应该怎么开") belong to the knowledge base, never to a command.
    /// </summary>
    public static bool AsksAboutRules(string text) => RulesQuestion().IsMatch(text);

    /// <summary>
    /// "从一个科室调到另一个科室，党支部要换吗": a yes/no question that names no meeting asks about a rule or a situation,
    /// not for a change.
    /// </summary>
    public static bool IsYesNoQuestion(string text) => YesNoQuestion().IsMatch(text);

    /// <summary>What is left of a clause once filler words and punctuation are gone ("我出差去不了" minus 去不了 → 出差).</summary>
    public static string Strip(string text, Regex words) =>
        Filler().Replace(words.Replace(text, " "), " ").Trim(' ', '，', ',', '。', '、', '；', ';', '!', '！', ':', '：');

    public static string Squeeze(string text) => TextNormalizer.CollapseSpaces(text).Trim();

    [GeneratedRegex(@"多久|多长时间|几次|一次|每月|每个月|每季度|每个季度|每季|每年|都得|都要|规定|应该|必须|要求|一般|怎么|如何|是什么|什么是|流程|程序|条件|才能|才可以|哪些内容|有什么用|为什么")]
    private static partial Regex RulesQuestion();

    [GeneratedRegex(@"(吗|么|呢|要不要|能不能|可不可以|是不是)[？?]?$")]
    private static partial Regex YesNoQuestion();

    [GeneratedRegex(@"^(我|俺)|(所以|因为|由于|那个|这个|麻烦|帮我|帮忙|一下|的话|想要|想|需要|得|哈|吧|呀|啊)|了$")]
    private static partial Regex Filler();
}
