using BranchBot.BotFramework.Schema;

namespace BranchBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks one question and waits until the answer is understood and valid, asking again up to
/// <see cref="PromptOptions.MaxAttempts"/> times; then gives up and leaves the whole operation (a long dialog is set
/// aside for 继续填写 instead, see <see cref="DialogContext.ParkOrClear"/>).
/// </summary>
public abstract class Prompt<T>(string id, PromptValidator<T>? validator) : Dialog(id), IAnsweredQuestion
{
    public const string TooManyAttemptsText = "多次没能理解你的回答，已退出当前操作。需要时请重新开始，或发送「帮助」查看用法。";

    private const string OptionsKey = "options";
    private const string AttemptsKey = "attempts";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptOptions = options as PromptOptions ?? throw new ArgumentException("A prompt needs PromptOptions.", nameof(options));
        var state = dc.ActiveInstance!.State;
        state.Set(OptionsKey, promptOptions);
        state.Set(AttemptsKey, 0);
        await dc.SendAsync(BuildPrompt(promptOptions.Prompt, promptOptions), cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = dc.ActiveInstance!.State;
        var options = state.Get<PromptOptions>(OptionsKey) ?? new PromptOptions();
        if (state.Get<string>(DialogContext.ResumedWithKey) is { } resumedWith)
        {
            // Put back after giving up: the count starts again, and the resume words sent twice are not an answer.
            state.Remove(DialogContext.ResumedWithKey);
            state.Set(AttemptsKey, 0);
            if (string.Equals(TextNormalizer.StripTrailingPunctuation(dc.Text), resumedWith, StringComparison.Ordinal))
            {
                await dc.SendAsync(BuildPrompt(options.Prompt, options), cancellationToken);
                return DialogTurnResult.Waiting;
            }
        }

        var attempts = state.Get<int>(AttemptsKey) + 1;
        state.Set(AttemptsKey, attempts);

        var recognized = Recognize(dc, dc.Text, options);
        string? refusal = recognized.Problem;
        var valid = recognized.Succeeded;
        if (valid && validator is not null)
        {
            var validation = new PromptValidatorContext<T>(dc, recognized, options) { AttemptCount = attempts };
            valid = await validator(validation, cancellationToken);
            refusal = validation.RefusalMessage;
        }

        if (valid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }

        if (attempts >= options.MaxAttempts)
        {
            var kept = dc.KeptWhenAbandoned();
            if (dc.ParkOrClear() is { } draft)
            {
                kept = [.. kept, PromptTexts.DraftParked(draft)];
            }

            await dc.SendAsync(kept.Count == 0 ? TooManyAttemptsText : PromptTexts.TooManyAttemptsKeptLead + string.Join("\n", kept), cancellationToken);
            return DialogTurnResult.Cancelled;
        }

        var retry = refusal is null
            ? options.RetryPrompt ?? options.Prompt
            : options.RetryPrompt is null ? $"{refusal}{options.Prompt}" : $"{refusal}{options.RetryPrompt}";
        await dc.SendAsync(BuildPrompt(retry, options), cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var options = dc.ActiveInstance!.State.Get<PromptOptions>(OptionsKey) ?? new PromptOptions();
        return dc.SendAsync(BuildPrompt(options.Prompt, options), cancellationToken);
    }

    public virtual bool OffersChoices => false;

    public virtual bool TakesShapedAnswer => false;

    public bool TakesShortAnswer(DialogContext dc) => OptionsOf(dc).ShortAnswer;

    /// <summary>The options the prompt was started with, for a prompt that looks at them before the usual handling.</summary>
    protected static PromptOptions OptionsOf(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.ActiveInstance?.State.Get<PromptOptions>(OptionsKey) ?? new PromptOptions();
    }

    public bool Understands(DialogContext dc, string text)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var options = dc.ActiveInstance?.State.Get<PromptOptions>(OptionsKey) ?? new PromptOptions();
        return Recognize(dc, text, options).Succeeded;
    }

    /// <summary>Understood answers; a prompt with options also counts attempts at one.</summary>
    public virtual bool MayBeMeantAsAnswer(DialogContext dc, string text) => Understands(dc, text);

    protected abstract PromptRecognition<T> Recognize(DialogContext dc, string text, PromptOptions options);

    /// <summary>The message that asks the question; choice-like prompts add buttons.</summary>
    protected virtual Activity BuildPrompt(string text, PromptOptions options) => Activity.CreateMessage(text);
}
