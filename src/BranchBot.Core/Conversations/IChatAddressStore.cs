namespace BranchBot.Core.Conversations;

public interface IChatAddressStore
{
    ValueTask<ChatAddress?> GetAsync(string channelId, string userId, CancellationToken cancellationToken);

    ValueTask SaveAsync(ChatAddress address, CancellationToken cancellationToken);

    /// <summary>Every stored address, in one read (a cache loads itself with this).</summary>
    ValueTask<IReadOnlyList<ChatAddress>> ListAsync(CancellationToken cancellationToken);
}
