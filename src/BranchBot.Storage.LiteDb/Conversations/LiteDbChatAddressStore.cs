using BranchBot.Core.Conversations;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Conversations;

public sealed class LiteDbChatAddressStore(LiteDbContext context) : IChatAddressStore
{
    private readonly ILiteCollection<ChatAddressDocument> _collection = context.Collection<ChatAddressDocument>(LiteDbCollections.ChatAddresses);

    public ValueTask<ChatAddress?> GetAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var document = _collection.FindById(LiteDbKeys.Safe(ChatAddress.KeyOf(channelId, userId)));
        return ValueTask.FromResult(document?.ToAddress());
    }

    public ValueTask SaveAsync(ChatAddress address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        _collection.Upsert(ChatAddressDocument.From(address));
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<ChatAddress>> ListAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<ChatAddress>>([.. _collection.FindAll().Select(document => document.ToAddress())]);

    internal sealed class ChatAddressDocument
    {
        public string Id { get; set; } = string.Empty;
        public string ChannelId { get; set; } = string.Empty;
        public string UserId { get; set; } = string.Empty;
        public string? UserName { get; set; }
        public string ConversationId { get; set; } = string.Empty;
        public string ServiceUrl { get; set; } = string.Empty;
        public string? BotId { get; set; }
        public string? BotName { get; set; }
        public string? TenantId { get; set; }
        public string? Locale { get; set; }
        public DateTimeOffset LastSeenAt { get; set; }

        public static ChatAddressDocument From(ChatAddress a) => new()
        {
            Id = LiteDbKeys.Safe(a.Key), ChannelId = a.ChannelId, UserId = a.UserId, UserName = a.UserName, ConversationId = a.ConversationId,
            ServiceUrl = a.ServiceUrl, BotId = a.BotId, BotName = a.BotName, TenantId = a.TenantId, Locale = a.Locale, LastSeenAt = a.LastSeenAt,
        };

        public ChatAddress ToAddress() =>
            new(ChannelId, UserId, UserName, ConversationId, ServiceUrl, BotId, BotName, TenantId, Locale, LastSeenAt);
    }
}
