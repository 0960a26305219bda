using System.Text.RegularExpressions;
using BranchBot.BotFramework.Schema;

namespace BranchBot.Dialogs.Engine.Prompts;

/// <summary>Yes or no: 是/否, 确认/取消, 好/不 and their common variants.</summary>
public sealed partial class ConfirmPrompt(string id, PromptValidator<bool>? validator = null) : Prompt<bool>(id, validator)
{
    private static readonly HashSet<string> Yes = new(StringComparer.OrdinalIgnoreCase)
    {
        "是", "是的", "对", "对的", "好", "好的", "好嘞", "好吧", "确认", "确定", "同意", "可以", "可以的", "行", "行的", "嗯", "嗯嗯", "没问题",
        "需要", "要", "要的", "当然", "行吧", "好啊", "好呀", "行啊", "可以啊", "对呀", "是啊", "嗯呢", "可以呀", "行呀", "是呀", "对啊", "没错", "没错的", "没问题的", "好的呀", "嗯好", "嗯嗯好的", "是的是的", "对的对的", "好好好", "行行行", "对头", "好滴", "就这样", "就这么办", "可以吧", "是滴", "确认提交", "提交", "y", "yes", "ok",
    };

    private static readonly HashSet<string> No = new(StringComparer.OrdinalIgnoreCase)
    {
        "否", "不", "不是", "不对", "不要", "不要了", "不用", "不用了", "不需要", "不必", "无需", "不了", "没有", "不行", "取消", "算了",
        "不同意", "没必要", "没必要了", "不必了", "用不着", "算了吧", "不用麻烦了", "暂时不用", "暂时不用了", "先不用", "先不用了", "先不要", "还是算了", "不用啦", "不要啦", "没有了", "没了", "不不", "不不不", "不用不用", "不需要了", "不要不要", "暂时不需要", "算啦", "不用麻烦", "要不算了", "可以不用", "不用吧", "不用了吧", "不要了吧", "n", "no",
    };

    private static readonly char[] ClauseEnds = ['，', ',', '。', '！', '!', '？', '?', '；', ';', ' ', '～', '~'];

    /// <summary>
    /// The answer in a reply: the whole reply, or its first clause when that alone is a yes or a no
    /// ("不用了，就是说说而已", "好的，谢谢"). Anything else is no answer, never a guess.
    /// </summary>
    public static bool? Interpret(string text)
    {
        var normalized = TextNormalizer.StripTrailingPunctuation(text).Trim();
        if (Read(normalized) is { } whole)
        {
            return whole;
        }

        var end = normalized.IndexOfAny(ClauseEnds);
        return end > 0 ? Read(normalized[..end]) : null;
    }

    private static bool? Read(string answer)
    {
        var plain = Object().Replace(Courtesy().Replace(answer, string.Empty), string.Empty);
        return Yes.Contains(answer) || Yes.Contains(plain) ? true : No.Contains(answer) || No.Contains(plain) ? false : null;
    }

    /// <summary>"不要了谢谢", "不用了谢谢你", "好的谢谢": a thank-you after the answer does not change it.</summary>
    [GeneratedRegex(@"(谢谢(你|您)?|谢了|多谢|辛苦了?)$")]
    private static partial Regex Courtesy();

    /// <summary>"不需要回执", "需要回执": what is asked about, repeated after the answer, does not change it.</summary>
    [GeneratedRegex(@"(?<=^(不)?(需要|要|用))(回执|回复|确认)$")]
    private static partial Regex Object();

    protected override PromptRecognition<bool> Recognize(DialogContext dc, string text, PromptOptions options) =>
        Interpret(text) is { } answer
            ? PromptRecognition<bool>.Success(answer)
            : PromptRecognition<bool>.Failure("请回答「是」或「否」。");

    protected override Activity BuildPrompt(string text, PromptOptions options)
    {
        var labels = options.Choices is { Count: 2 } custom ? custom.Select(c => c.Value) : ["是", "否"];
        return Buttons.Message(text, labels);
    }
}
