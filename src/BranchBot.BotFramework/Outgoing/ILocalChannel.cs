using BranchBot.BotFramework.Schema;

namespace BranchBot.BotFramework.Outgoing;

/// <summary>A channel served inside this process (the built-in Direct Line): activities are handed over, not posted.</summary>
public interface ILocalChannel
{
    bool Owns(string serviceUrl);

    Task<ResourceResponse> DeliverAsync(Activity activity, CancellationToken cancellationToken);
}
