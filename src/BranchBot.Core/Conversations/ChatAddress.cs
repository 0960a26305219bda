namespace BranchBot.Core.Conversations;

/// <summary>
/// How to reach one chat account later (a Bot Framework conversation reference, stored without protocol types):
/// kept from every incoming activity so reminders and broadcasts can be sent proactively.
/// </summary>
public sealed record ChatAddress(
    string ChannelId,
    string UserId,
    string? UserName,
    string ConversationId,
    string ServiceUrl,
    string? BotId,
    string? BotName,
    string? TenantId,
    string? Locale,
    DateTimeOffset LastSeenAt)
{
    public string Key => KeyOf(ChannelId, UserId);

    public static string KeyOf(string channelId, string userId) => $"{channelId}|{userId}";

    /// <summary>True when storing this address again would change nothing a proactive send uses.</summary>
    public bool SameRouteAs(ChatAddress? other) =>
        other is not null
        && other.ChannelId == ChannelId
        && other.UserId == UserId
        && other.UserName == UserName
        && other.ConversationId == ConversationId
        && other.ServiceUrl == ServiceUrl
        && other.BotId == BotId
        && other.TenantId == TenantId;
}
