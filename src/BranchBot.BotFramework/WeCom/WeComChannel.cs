using System.Net;
using System.Text.Json.Nodes;
using BranchBot.BotFramework.Outgoing;
using BranchBot.BotFramework.Schema;

namespace BranchBot.BotFramework.WeCom;

/// <summary>
/// The bot's way out into 企业微信: replies and proactive sends whose serviceUrl is <see cref="ServiceUrl"/> become
/// <c>message/send</c> calls to the member's UserID (the conversation id). A failure is a
/// <see cref="ChannelDeliveryException"/> the outbox classifies as it does the Bot Connector's.
/// </summary>
public sealed class WeComChannel(WeComApi api) : ILocalChannel, IAddressableChannel
{
    public const string Id = "wecom";

    /// <summary>The serviceUrl of every 企业微信 address: not an HTTP endpoint, the marker that routes sends here.</summary>
    public const string ServiceUrl = "urn:branchbot:wecom";

    public string ChannelId => Id;

    /// <summary>A UserID of the enterprise directory is reachable without a message from it first.</summary>
    public ConversationReference ReferenceFor(string userId) => new()
    {
        ChannelId = Id,
        ServiceUrl = ServiceUrl,
        User = new ChannelAccount { Id = userId },
        Bot = new ChannelAccount { Id = api.AgentId.ToString(System.Globalization.CultureInfo.InvariantCulture) },
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
            throw new ChannelDeliveryException("A WeCom message needs the member's UserID.", HttpStatusCode.NotFound, isFinal: true);
        }

        string? lastId = null;
        foreach (var message in WeComMessages.Render(activity, user, api.AgentId))
        {
            var answer = await api.PostAsync("message/send", message, cancellationToken);
            lastId = answer["msgid"]?.GetValue<string>() ?? lastId;
        }

        return new ResourceResponse(lastId ?? string.Empty);
    }

    /// <summary>
    /// Shows on a pressed card which button was chosen and disables it (<c>update_template_card</c>, 更新按钮为不可点击状态),
    /// so the same 收到 or 签到 cannot be pressed twice.
    /// </summary>
    public Task MarkPressedAsync(string userId, string responseCode, string chosen, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["userids"] = new JsonArray(userId),
            ["agentid"] = api.AgentId,
            ["response_code"] = responseCode,
            ["button"] = new JsonObject { ["replace_name"] = $"已选择：{chosen}" },
        };
        return api.PostAsync("message/update_template_card", body, cancellationToken);
    }
}
