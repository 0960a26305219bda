using System.Globalization;
using System.Text.Json;

namespace BranchBot.BotFramework.DirectLine.Conversations;

/// <summary>Writes the Direct Line ActivitySet <c>{activities, watermark}</c> from stored activity JSON.</summary>
internal static class ActivitySetJson
{
    public static byte[] Write(IReadOnlyCollection<StoredActivity> activities, long? watermark)
    {
        using var buffer = new MemoryStream(64 + activities.Sum(a => a.Json.Length + 1));
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("activities");
            foreach (var activity in activities)
            {
                writer.WriteRawValue(activity.Json, skipInputValidation: true);
            }

            writer.WriteEndArray();
            if (watermark is { } value)
            {
                writer.WriteString("watermark", FormatWatermark(value));
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public static string FormatWatermark(long sequence) => sequence.ToString(CultureInfo.InvariantCulture);

    /// <summary>Watermarks are opaque to clients; here they are the sequence of the last activity seen.</summary>
    public static bool TryParseWatermark(string? text, out long? watermark)
    {
        watermark = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            watermark = value;
            return true;
        }

        return false;
    }
}
