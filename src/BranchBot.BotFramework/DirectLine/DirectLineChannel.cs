using System.Net;
using System.Text.Json;
using BranchBot.BotFramework.DirectLine.Conversations;
using BranchBot.BotFramework.Outgoing;
using BranchBot.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace BranchBot.BotFramework.DirectLine;

/// <summary>
/// The bot's way out into Direct Line: replies and proactive sends whose serviceUrl is this channel's are appended
/// to the conversation (recreated when it is no longer in memory, e.g. after a restart) and pushed to its streams.
/// </summary>
internal sealed class DirectLineChannel(DirectLineConversationStore store, IOptions<DirectLineOptions> options) : ILocalChannel
{
    /// <summary>
    /// Matches on the path only, so conversation references saved under an earlier public URL (another host name
    /// or port) still come back here instead of going out to a Bot Connector that is really this process.
    /// </summary>
    public bool Owns(string serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
        && uri.AbsolutePath.TrimEnd('/').EndsWith(DirectLineOptions.RoutePrefix, StringComparison.OrdinalIgnoreCase);

    public async Task<ResourceResponse> DeliverAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = activity.Conversation?.Id;
        if (!DirectLineIds.IsValidConversationId(conversationId))
        {
            throw new ChannelDeliveryException($"'{conversationId}' is not a Direct Line conversation id.", HttpStatusCode.NotFound, isFinal: true);
        }

        // A copy: the bot keeps its object and may change it after sending; the transcript must not change with it.
        var copy = JsonSerializer.Deserialize<Activity>(JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.Options), BotJson.Options)!;
        copy.Type ??= ActivityTypes.Message;
        copy.ChannelId = DirectLineOptions.ChannelId;
        copy.ServiceUrl = options.Value.ServiceUrl;
        copy.From ??= new ChannelAccount { Id = options.Value.BotId, Name = options.Value.BotName, Role = "bot" };

        try
        {
            var stored = await store.AppendFromBotAsync(conversationId!, copy, cancellationToken);
            return new ResourceResponse(stored.Id);
        }
        catch (DirectLineStoreUnavailableException exception)
        {
            throw new ChannelDeliveryException(exception.Message, HttpStatusCode.ServiceUnavailable, isFinal: false, exception);
        }
    }
}
