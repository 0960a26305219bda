using BranchBot.BotFramework.Schema;
using BranchBot.BotFramework.Turns;
using BranchBot.Dialogs.Engine;

namespace BranchBot.Dialogs.Bot;

/// <summary>Everything a command handler needs about the current message and its sender.</summary>
public sealed class BotTurn
{
    public BotTurn(ITurnContext context, DialogContext dialogs, Sender sender)
    {
        ArgumentNullException.ThrowIfNull(sender);
        Context = context;
        Dialogs = dialogs;
        Sender = sender;
        sender.AttachTo(dialogs);
    }

    public ITurnContext Context { get; }

    public DialogContext Dialogs { get; }

    public Sender Sender { get; }

    public Activity Activity => Context.Activity;

    public string Text => Dialogs.Text;

    public Task SendAsync(string text, CancellationToken cancellationToken) => Context.SendActivityAsync(Activity.CreateMessage(text), cancellationToken);

    public Task SendAsync(Activity activity, CancellationToken cancellationToken) => Context.SendActivityAsync(activity, cancellationToken);

    public Task SendWithButtonsAsync(string text, IEnumerable<string> buttons, CancellationToken cancellationToken) =>
        Context.SendActivityAsync(Buttons.Message(text, buttons), cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken) =>
        Dialogs.BeginDialogAsync(dialogId, options, cancellationToken);
}
