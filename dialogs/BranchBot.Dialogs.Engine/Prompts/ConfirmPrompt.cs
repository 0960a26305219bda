using BranchBot.BotFramework.Schema;

namespace BranchBot.Dialogs.Engine.Prompts;

/// <summary>Yes or no: 是/否, 确认/取消, 好/不 and their common variants.</summary>
public sealed class ConfirmPrompt(string id, PromptValidator<bool>? validator = null) : Prompt<bool>(id, validator)
{
    public override bool OffersChoices => true;

    /// <summary>The answer in a reply, read by <see cref="YesNoReader"/>; anything else is no answer, never a guess.</summary>
    public static bool? Interpret(string text) => YesNoReader.Read(text);

    /// <remarks>A question's own words for yes and no (its two choices' synonyms, e.g. 跳过 for a 否 that may be skipped) count too.</remarks>
    protected override PromptRecognition<bool> Recognize(DialogContext dc, string text, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (Interpret(text) is { } answer)
        {
            return PromptRecognition<bool>.Success(answer);
        }

        var typed = TextNormalizer.StripTrailingPunctuation(text).Trim();
        return options.Choices is [var yes, var no] && (SaysChoice(yes, typed) || SaysChoice(no, typed))
            ? PromptRecognition<bool>.Success(SaysChoice(yes, typed))
            : PromptRecognition<bool>.Failure("请回答「是」或「否」。");
    }

    private static bool SaysChoice(Choice choice, string typed) =>
        choice.Synonyms?.Contains(typed, StringComparer.OrdinalIgnoreCase) == true;

    protected override Activity BuildPrompt(string text, PromptOptions options)
    {
        var labels = options.Choices is { Count: 2 } custom ? custom.Select(c => c.Value) : ["是", "否"];
        return Buttons.Message(text, labels);
    }
}
