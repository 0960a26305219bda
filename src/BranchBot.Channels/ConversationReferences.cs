using BranchBot.BotFramework.Schema;
using BranchBot.Core.Conversations;

namespace BranchBot.Channels;

/// <summary>Where to send to a member's chat account: the conversation reference rebuilt from its stored address.</summary>
public static class ConversationReferences
{
    public static ConversationReference For(ChatAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return new ConversationReference
        {
            ChannelId = address.ChannelId,
            ServiceUrl = address.ServiceUrl,
            User = new ChannelAccount { Id = address.UserId, Name = address.UserName },
            Bot = address.BotId is null ? null : new ChannelAccount { Id = address.BotId, Name = address.BotName },
            Conversation = new ConversationAccount { Id = address.ConversationId, TenantId = address.TenantId },
            Locale = address.Locale,
        };
    }
}
