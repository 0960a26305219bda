using System.Text.Json;
using BranchBot.BotFramework.Schema;

namespace BranchBot.Channels;

/// <summary>
/// Carries an outbox item's stable id (<see cref="Core.Delivery.DeliveryItem.DeliveryId"/>) on each activity sent for
/// it, the same on every attempt, so a channel can drop a second copy. It travels in <c>channelData</c>, not in the
/// activity's <c>id</c>: that id is the channel's to assign once it records the activity, and bots SHOULD NOT send
/// one (Bot Framework Activity spec, A2031).
/// </summary>
public static class DeliveryChannelData
{
    public const string DeliveryIdProperty = "branchBotDeliveryId";

    public static JsonElement For(string deliveryId) =>
        JsonSerializer.SerializeToElement(new Dictionary<string, string>(StringComparer.Ordinal) { [DeliveryIdProperty] = deliveryId });

    /// <summary>The delivery id an activity carries, if any.</summary>
    public static string? DeliveryIdOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.ChannelData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty(DeliveryIdProperty, out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
    }
}
