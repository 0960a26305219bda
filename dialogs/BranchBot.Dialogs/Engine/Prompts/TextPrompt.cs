namespace BranchBot.Dialogs.Engine.Prompts;

/// <summary>Any non-empty text.</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override PromptRecognition<string> Recognize(DialogContext dc, string text, PromptOptions options) =>
        string.IsNullOrWhiteSpace(text) ? PromptRecognition<string>.Failure("内容不能为空。") : PromptRecognition<string>.Success(text.Trim());
}
