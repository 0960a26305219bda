namespace BranchBot.Dialogs.Engine;

/// <summary>All dialogs the bot knows, by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet(IEnumerable<Dialog> dialogs)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        foreach (var dialog in dialogs)
        {
            Add(dialog);
        }
    }

    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new InvalidOperationException($"Two dialogs share the id '{dialog.Id}'.");
        }

        return this;
    }

    public Dialog? Find(string id) => _dialogs.GetValueOrDefault(id);
}
