using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Prompts;

namespace BranchBot.Dialogs.Meetings;

/// <summary>Something that goes on once the user has picked one meeting of a list (签到 with two windows open, for example).</summary>
public interface IMeetingChoiceHandler
{
    /// <summary>Names the handler in the saved dialog state.</summary>
    string ChoiceKey { get; }

    Task ContinueAsync(BotTurn turn, string meetingId, string? payload, CancellationToken cancellationToken);
}

/// <summary>Asks which of a few meetings is meant (buttons, or its number), then hands the choice to a handler.</summary>
public sealed class ChooseMeetingDialog(IEnumerable<IMeetingChoiceHandler> handlers) : Dialog(DialogId)
{
    public const string DialogId = "meetings.choose";

    private readonly IMeetingChoiceHandler[] _handlers = [.. handlers];

    public sealed record Request(string Prompt, IReadOnlyList<string> MeetingIds, IReadOnlyList<string> Labels, string HandlerKey, string? Payload = null);

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var request = options as Request ?? throw new ArgumentException("A ChooseMeetingDialog.Request is needed.", nameof(options));
        dc.ActiveInstance!.State.Set("request", request);
        var prompt = new PromptOptions { Prompt = request.Prompt, Choices = [.. request.Labels.Select(l => Choice.Of(l))] };
        return dc.BeginDialogAsync(PromptIds.Choice, prompt, cancellationToken);
    }

    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var request = dc.ActiveInstance!.State.Get<Request>("request")!;
        await dc.EndDialogAsync(null, cancellationToken);
        if (result is FoundChoice choice)
        {
            var handler = _handlers.First(h => h.ChoiceKey == request.HandlerKey);
            await handler.ContinueAsync(new BotTurn(dc.Context, dc, Sender.Of(dc)), request.MeetingIds[choice.Index], request.Payload, cancellationToken);
        }

        return dc.ActiveInstance is null ? new DialogTurnResult(DialogTurnStatus.Complete) : DialogTurnResult.Waiting;
    }
}
