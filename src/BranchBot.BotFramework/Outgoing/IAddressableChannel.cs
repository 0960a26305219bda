using BranchBot.BotFramework.Schema;

namespace BranchBot.BotFramework.Outgoing;

/// <summary>
/// A channel that can reach an account from its user id alone, before the member ever wrote to the bot (企业微信
/// sends to a UserID of the enterprise directory): a roster row binding such an account is reachable at once.
/// </summary>
public interface IAddressableChannel
{
    string ChannelId { get; }

    /// <summary>Where to send to <paramref name="userId"/> on this channel.</summary>
    ConversationReference ReferenceFor(string userId);
}
