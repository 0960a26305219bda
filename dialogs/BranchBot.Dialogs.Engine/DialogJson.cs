using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace BranchBot.Dialogs.Engine;

/// <summary>JSON settings for dialog state, plus typed access to values kept in a <see cref="JsonObject"/>.</summary>
public static class DialogJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static T? Get<T>(this JsonObject state, string key)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.TryGetPropertyValue(key, out var node) && node is not null ? node.Deserialize<T>(Options) : default;
    }

    public static void Set<T>(this JsonObject state, string key, T value)
    {
        ArgumentNullException.ThrowIfNull(state);
        state[key] = value is null ? null : JsonSerializer.SerializeToNode(value, Options);
    }

    public static bool Has(this JsonObject state, string key)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.TryGetPropertyValue(key, out var node) && node is not null;
    }
}
