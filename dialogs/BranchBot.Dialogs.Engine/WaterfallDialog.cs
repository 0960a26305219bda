using System.Text.Json.Nodes;

namespace BranchBot.Dialogs.Engine;

public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext step, CancellationToken cancellationToken);

/// <summary>
/// A fixed sequence of steps. Each step usually asks something (a prompt) and the next step receives the answer.
/// </summary>
public class WaterfallDialog(string id, IReadOnlyList<WaterfallStep> steps) : Dialog(id)
{
    private const string StepKey = "step";
    private const string ValuesKey = "values";
    private const string OptionsKey = "options";

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = dc.ActiveInstance!.State;
        state[ValuesKey] = new JsonObject();
        if (options is not null)
        {
            state.Set(OptionsKey, options);
        }

        return RunStepAsync(dc, 0, null, cancellationToken);
    }

    /// <summary>A step ended the turn without a prompt: the user's message is the next step's result.</summary>
    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return RunStepAsync(dc, CurrentStep(dc) + 1, dc.Text, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return RunStepAsync(dc, CurrentStep(dc) + 1, result, cancellationToken);
    }

    internal Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, object? result, CancellationToken cancellationToken)
    {
        if (index >= steps.Count)
        {
            return dc.EndDialogAsync(result, cancellationToken);
        }

        var state = dc.ActiveInstance!.State;
        state[StepKey] = index;
        var values = state[ValuesKey] as JsonObject ?? [];
        state[ValuesKey] = values;
        var options = state[OptionsKey] as JsonObject;
        return steps[index](new WaterfallStepContext(dc, this, index, result, values, options), cancellationToken);
    }

    private static int CurrentStep(DialogContext dc) => dc.ActiveInstance!.State.Get<int>(StepKey);
}
