using BranchBot.BotFramework.Schema;
using BranchBot.Core.Membership;

namespace BranchBot.Dialogs.Bot;

/// <summary>Finds the member behind an incoming activity (cached, so a message costs no database read).</summary>
public sealed class SenderResolver(IMembershipStore store)
{
    public async Task<Sender> ResolveAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var account = new ChatAccount(activity.ChannelId ?? string.Empty, activity.From?.Id ?? string.Empty);
        var member = await store.FindByChatAccountAsync(account, cancellationToken);
        var branch = await store.GetBranchAsync(cancellationToken);
        return new Sender(account, activity.From?.Name, member, branch);
    }
}
