using System.Text.RegularExpressions;
using BranchBot.BotFramework.Schema;

namespace BranchBot.Dialogs.Engine.Prompts;

/// <summary>
/// One of a few options, shown as buttons. Accepts the option's text or a synonym, its number ("2", "第二个"),
/// or a sentence that names exactly one option.
/// </summary>
public sealed partial class ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(id, validator)
{
    /// <summary>
    /// The setting whose value, a regular expression, makes an answer that matches it and is none of the options, nor a
    /// yes or a no, end the prompt as <see cref="OtherText"/> for the dialog below to read ("党员大会推迟半小时" under
    /// 安排's summary). Other answers are retried and counted as usual.
    /// </summary>
    public const string PassesOtherText = "passesOtherText";

    public override bool OffersChoices => true;

    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (PassesOn(OptionsOf(dc), dc.Text) && !Understands(dc, dc.Text) && (YesNoReader.Read(dc.Text) is null || CorrectionLead().IsMatch(dc.Text)))
        {
            return dc.EndDialogAsync(new OtherText(dc.Text.Trim()), cancellationToken);
        }

        return base.ContinueAsync(dc, cancellationToken);
    }

    /// <summary>
    /// Understood, passed on to the dialog below (<see cref="PassesOtherText"/>), or sharing two characters in a row with
    /// an option ("新建一个党小组吧" at 新建 第一党小组 / 暂不分党小组): an attempt at this question, not another request.
    /// </summary>
    public override bool MayBeMeantAsAnswer(DialogContext dc, string text)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(text);
        var options = OptionsOf(dc);
        if (Understands(dc, text) || PassesOn(options, text))
        {
            return true;
        }

        var typed = TextNormalizer.StripTrailingPunctuation(text);
        if (ChoiceRecognizer.CarriesAnotherRequest(typed, options.Choices ?? []))
        {
            return false;
        }

        return (options.Choices ?? []).SelectMany(c => (IEnumerable<string>)[c.Value, .. c.Synonyms ?? []])
            .Any(word => SharesTwoInARow(typed, word));
    }

    /// <summary>
    /// "不对，是周四不是周三", "错了 应该是三点半": the "不对" reads as a no, but it only leads in the value that puts it right;
    /// such words are passed on like any other change.
    /// </summary>
    [GeneratedRegex(@"^\s*" + CorrectionOpening.Pattern + @"[,，。!！:：\s]*[^,，。!！:：\s]{2}")]
    private static partial Regex CorrectionLead();

    /// <summary>Whether the words have the shape this prompt passes on to the dialog below (<see cref="PassesOtherText"/>).</summary>
    private static bool PassesOn(PromptOptions options, string text) =>
        options.Settings?.GetValueOrDefault(PassesOtherText) is { } pattern
        && Regex.IsMatch(TextNormalizer.StripTrailingPunctuation(text), pattern, RegexOptions.None, TimeSpan.FromSeconds(1));

    private static bool SharesTwoInARow(string typed, string word)
    {
        for (var i = 0; i + 1 < word.Length; i++)
        {
            if (!char.IsWhiteSpace(word[i]) && !char.IsWhiteSpace(word[i + 1]) && typed.AsSpan().IndexOf(word.AsSpan(i, 2), StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    protected override PromptRecognition<FoundChoice> Recognize(DialogContext dc, string text, PromptOptions options)
    {
        var choices = options.Choices ?? [];
        var found = ChoiceRecognizer.Recognize(text, choices);
        if (found is not null)
        {
            return PromptRecognition<FoundChoice>.Success(found);
        }

        // "确认" at "是哪个党小组？": a yes to a question that wants one of its options, said so before asking again.
        return PromptRecognition<FoundChoice>.Failure(YesNoReader.Read(text) == true ? PromptTexts.ChooseFirst(text.Trim()) : PromptTexts.ChooseOne);
    }

    protected override Activity BuildPrompt(string text, PromptOptions options)
    {
        var choices = options.Choices ?? [];
        return Buttons.Message(text, choices.Select(c => c.Value));
    }
}

/// <summary>What was typed at a choice prompt that passes on other answers (<see cref="ChoicePrompt.PassesOtherText"/>).</summary>
public sealed record OtherText(string Text);
