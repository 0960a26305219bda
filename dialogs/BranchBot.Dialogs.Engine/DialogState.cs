using System.Text.Json;
using System.Text.Json.Nodes;

namespace BranchBot.Dialogs.Engine;

/// <summary>The dialog stack of one conversation; the top of the stack is the last entry.</summary>
public sealed class DialogState
{
    public List<DialogInstance> Stack { get; set; } = [];

    /// <summary>
    /// A long dialog's stack set aside when a prompt gave up on the user's answers (<see cref="Dialog.DraftName"/>),
    /// kept until 继续填写 puts it back or a later one replaces it.
    /// </summary>
    public List<DialogInstance> Parked { get; set; } = [];

    /// <summary>
    /// What the last reply offered with "你是想…吗？" (its buttons), so that a yes or a no typed as the next message
    /// answers it. Kept for exactly one turn (<see cref="DialogContext.LastOffered"/>).
    /// </summary>
    public List<OfferedCommand> Offered { get; set; } = [];

    /// <summary>
    /// The view the last reply showed (签到情况, 党费情况…), which "那党课呢", "那下个月的呢" ask again with new words; kept
    /// until another view replaces it and read only while it is recent.
    /// </summary>
    public ShownView? LastView { get; set; }

    public bool IsEmpty => Stack.Count == 0 && Parked.Count == 0 && Offered.Count == 0 && LastView is null;

    public string ToJson() => JsonSerializer.Serialize(this, DialogJson.Options);

    public static DialogState FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new DialogState();
        }

        try
        {
            return JsonSerializer.Deserialize<DialogState>(json, DialogJson.Options) ?? new DialogState();
        }
        catch (JsonException)
        {
            // A stack written by an older, incompatible version is dropped rather than failing every turn.
            return new DialogState();
        }
    }
}

/// <summary>A command a reply offered as a button: what the button says and sends, and whether it writes at once.</summary>
public sealed class OfferedCommand
{
    public string Title { get; set; } = string.Empty;

    public string Line { get; set; } = string.Empty;

    public bool Writes { get; set; }

    /// <summary>The command asks for a reason next (请假 offered without one): a reason typed instead of a press joins it.</summary>
    public bool AwaitsReason { get; set; }

    /// <summary>When the offer was made; null in state stored before offers were dated.</summary>
    public DateTimeOffset? At { get; set; }
}

/// <summary>A view a reply showed: the command line that showed it, and when.</summary>
public sealed class ShownView
{
    public string Line { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }
}

/// <summary>One running dialog: which dialog, and its own saved state.</summary>
public sealed class DialogInstance
{
    public string Id { get; set; } = string.Empty;

    public JsonObject State { get; set; } = [];
}
