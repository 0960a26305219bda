using System.Net;
using System.Text.Json.Nodes;
using BranchBot.BotFramework.Outgoing;
using BranchBot.BotFramework.Schema;

namespace BranchBot.BotFramework.DingTalk;

/// <summary>
/// The bot's way out into 钉钉: replies and proactive sends whose serviceUrl is <see cref="ServiceUrl"/> become the
/// robot's one-to-one batch send (<c>robot/oToMessages/batchSend</c>) to the member's staff id (the conversation id).
/// A failure is a <see cref="ChannelDeliveryException"/> the outbox classifies as it does the Bot Connector's.
/// </summary>
public sealed class DingTalkChannel(DingTalkApi api) : ILocalChannel, IAddressableChannel
{
    public const string Id = "dingtalk";

    /// <summary>The serviceUrl of every 钉钉 address: not an HTTP endpoint, the marker that routes sends here.</summary>
    public const string ServiceUrl = "urn:branchbot:dingtalk";

    public const string BatchSendApi = "robot/oToMessages/batchSend";

    public string ChannelId => Id;

    /// <summary>A staff id of the organisation's directory is reachable without a message from it first.</summary>
    public ConversationReference ReferenceFor(string userId) => new()
    {
        ChannelId = Id,
        ServiceUrl = ServiceUrl,
        User = new ChannelAccount { Id = userId },
        Bot = new ChannelAccount { Id = api.RobotCode },
        Conversation = new ConversationAccount { Id = userId },
        Locale = "zh-CN",
    };

    public bool Owns(string serviceUrl) => string.Equals(serviceUrl, ServiceUrl, StringComparison.OrdinalIgnoreCase);

    public async Task<ResourceResponse> DeliverAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var user = activity.Conversation?.Id ?? activity.Recipient?.Id;
        if (string.IsNullOrEmpty(user))
        {
            throw new ChannelDeliveryException("A DingTalk message needs the member's staff id.", HttpStatusCode.NotFound, isFinal: true);
        }

        string? lastId = null;
        foreach (var message in DingTalkMessages.Render(activity))
        {
            var body = new JsonObject
            {
                ["robotCode"] = api.RobotCode,
                ["userIds"] = new JsonArray(user),
                ["msgKey"] = message.MsgKey,
                ["msgParam"] = message.MsgParam.ToJsonString(),
            };
            var answer = await api.PostAsync(BatchSendApi, body, cancellationToken);
            if (Lists(answer, "flowControlledStaffIdList", user))
            {
                throw DingTalkErrors.FlowControlled(user);
            }

            if (Lists(answer, "invalidStaffIdList", user))
            {
                throw DingTalkErrors.InvalidRecipient(user);
            }

            lastId = answer["processQueryKey"]?.GetValue<string>() ?? lastId;
        }

        return new ResourceResponse(lastId ?? string.Empty);
    }

    private static bool Lists(JsonObject answer, string list, string user) =>
        answer[list] is JsonArray ids && ids.Any(id => id?.GetValue<string>() == user);
}
