using BranchBot.BotFramework.Schema;

namespace BranchBot.Dialogs.Engine.Prompts;

/// <summary>Any non-empty text; <see cref="PromptOptions.Choices"/>, when given, are offered as suggestion buttons.</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override PromptRecognition<string> Recognize(DialogContext dc, string text, PromptOptions options) =>
        string.IsNullOrWhiteSpace(text) ? PromptRecognition<string>.Failure("内容不能为空。") : PromptRecognition<string>.Success(text.Trim());

    protected override Activity BuildPrompt(string text, PromptOptions options) =>
        Buttons.Message(text, options.Choices?.Select(c => c.Value) ?? []);
}
