namespace BranchBot.BotFramework.Outgoing;

/// <summary>Bot Connector REST addresses under a channel's serviceUrl (which may or may not end with a slash).</summary>
internal static class ConnectorUrls
{
    public static Uri ConversationActivities(string serviceUrl, string conversationId) =>
        new($"{Base(serviceUrl)}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities");

    public static Uri ReplyToActivity(string serviceUrl, string conversationId, string activityId) =>
        new($"{Base(serviceUrl)}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}");

    private static string Base(string serviceUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        return serviceUrl.TrimEnd('/');
    }
}
