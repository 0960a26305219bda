using BranchBot.BotFramework.Schema;

namespace BranchBot.Dialogs.Engine.Prompts;

/// <summary>Yes or no: 是/否, 确认/取消, 好/不 and their common variants.</summary>
public sealed class ConfirmPrompt(string id, PromptValidator<bool>? validator = null) : Prompt<bool>(id, validator)
{
    /// <summary>The answer in a reply, read by <see cref="YesNoReader"/>; anything else is no answer, never a guess.</summary>
    public static bool? Interpret(string text) => YesNoReader.Read(text);

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
