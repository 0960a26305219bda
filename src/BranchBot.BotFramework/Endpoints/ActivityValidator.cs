using BranchBot.BotFramework.Schema;

namespace BranchBot.BotFramework.Endpoints;

/// <summary>The fields a channel must send for the bot to be able to answer.</summary>
public static class ActivityValidator
{
    public static string? FirstMissingRequiredField(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "type";
        }

        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return "channelId";
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "conversation";
        }

        if (string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return "from";
        }

        if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return "serviceUrl";
        }

        return Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? null
            : "serviceUrl";
    }
}
