using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
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
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General)
    {
        // jsonb orders keys its own way, so the type discriminator may come after the fields.
        AllowOutOfOrderMetadataProperties = true,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { NamedSubtypes } },
    };

    /// <summary>
    /// Core's closed unions (an abstract record and its nested cases, e.g. a plan's <c>SkippedOccurrence</c> and the
    /// <c>BroadcastProblem</c> inside it) are written with their case's name and read back as that case.
    /// </summary>
    private static void NamedSubtypes(JsonTypeInfo info)
    {
        var type = info.Type;
        if (info.Kind != JsonTypeInfoKind.Object || !type.IsAbstract || type.Assembly != typeof(Core.Membership.Member).Assembly)
        {
            return;
        }

        info.PolymorphismOptions = new JsonPolymorphismOptions { TypeDiscriminatorPropertyName = "$case" };
        foreach (var subtype in type.GetNestedTypes().Where(t => !t.IsAbstract && type.IsAssignableFrom(t)))
        {
            info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(subtype, subtype.Name));
        }
    }

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
