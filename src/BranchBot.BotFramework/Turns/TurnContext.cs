using BranchBot.BotFramework.Outgoing;
using BranchBot.BotFramework.Schema;

namespace BranchBot.BotFramework.Turns;

/// <summary>One turn: the incoming activity and a way to answer it through the channel it came from.</summary>
public sealed class TurnContext(Activity activity, IChannelSender sender) : ITurnContext
{
    public Activity Activity { get; } = activity;

    public bool Responded { get; private set; }

    public InvokeResponse? InvokeResponse { get; set; }

    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ApplyAddressing(activity);
        var response = await sender.SendAsync(activity, SendAttempts.ClientRetries, cancellationToken);
        Responded = true;
        return response;
    }

    private void ApplyAddressing(Activity outgoing)
    {
        outgoing.Type ??= ActivityTypes.Message;
        outgoing.ChannelId ??= Activity.ChannelId;
        outgoing.ServiceUrl ??= Activity.ServiceUrl;
        outgoing.Conversation ??= Activity.Conversation;
        outgoing.From ??= Activity.Recipient;
        outgoing.Recipient ??= Activity.From;
        outgoing.Locale ??= Activity.Locale;
        if (outgoing.ReplyToId is null && Activity.Type != ActivityTypes.ConversationUpdate)
        {
            outgoing.ReplyToId = Activity.Id;
        }
    }
}
