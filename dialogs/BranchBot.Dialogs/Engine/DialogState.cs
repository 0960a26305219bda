using System.Text.Json;
using System.Text.Json.Nodes;

namespace BranchBot.Dialogs.Engine;

/// <summary>The dialog stack of one conversation; the top of the stack is the last entry.</summary>
public sealed class DialogState
{
    public List<DialogInstance> Stack { get; set; } = [];

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

/// <summary>One running dialog: which dialog, and its own saved state.</summary>
public sealed class DialogInstance
{
    public string Id { get; set; } = string.Empty;

    public JsonObject State { get; set; } = [];
}
