namespace BranchBot.Core.Conversations;

public interface IChatAddressStore
{
    ValueTask<ChatAddress?> GetAsync(string channelId, string userId, CancellationToken cancellationToken);

    ValueTask SaveAsync(ChatAddress address, CancellationToken cancellationToken);
}
