namespace BranchBot.Dialogs.Bot;

/// <summary>
/// A message typed while a dialog waits that answers something which arrived meanwhile (a broadcast's 收到), not the
/// dialog's question: handled here, then the dialog's question is asked again. Without this, "收到" at a summary was
/// read as yes and submitted it.
/// </summary>
public interface IDialogInterjection
{
    Task<bool> TryInterjectAsync(BotTurn turn, CancellationToken cancellationToken);
}
