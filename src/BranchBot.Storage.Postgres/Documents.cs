using System.Text.Json;
using Npgsql;

namespace BranchBot.Storage.Postgres;

/// <summary>A jsonb parameter.</summary>
public readonly record struct JsonText(string Text);

/// <summary>
/// Domain records kept whole in a <c>doc jsonb</c> column beside the columns that are queried or unique. Times inside
/// the document keep their full precision; the columns hold UTC ticks (<see cref="Ticks"/>) for ordering and ranges.
/// </summary>
public static class Documents
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General);

    public static JsonText Json<T>(T value) => new(JsonSerializer.Serialize(value, Options));

    public static T Read<T>(NpgsqlDataReader reader, int ordinal = 0)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return JsonSerializer.Deserialize<T>(reader.GetString(ordinal), Options)
            ?? throw new InvalidDataException($"A null document where a {typeof(T).Name} was expected.");
    }

    public static long Ticks(DateTimeOffset at) => at.UtcTicks;

    public static long? Ticks(DateTimeOffset? at) => at?.UtcTicks;
}
