using BranchBot.BotFramework.Schema;

namespace BranchBot.Dialogs.Engine.Prompts;

/// <summary>Yes or no: 是/否, 确认/取消, 好/不 and their common variants.</summary>
public sealed class ConfirmPrompt(string id, PromptValidator<bool>? validator = null) : Prompt<bool>(id, validator)
{
    private static readonly HashSet<string> Yes = new(StringComparer.OrdinalIgnoreCase)
    {
        "是", "是的", "对", "对的", "好", "好的", "确认", "确定", "同意", "可以", "行", "嗯", "没问题", "确认提交", "提交", "y", "yes", "ok",
    };

    private static readonly HashSet<string> No = new(StringComparer.OrdinalIgnoreCase)
    {
        "否", "不", "不是", "不对", "不要", "不用", "不行", "取消", "算了", "不同意", "n", "no",
    };

    public static bool? Interpret(string text)
    {
        var normalized = TextNormalizer.StripTrailingPunctuation(text);
        if (Yes.Contains(normalized))
        {
            return true;
        }

        return No.Contains(normalized) ? false : null;
    }

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
