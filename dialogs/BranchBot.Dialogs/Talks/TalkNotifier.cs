using BranchBot.Core.Membership;
using BranchBot.Core.Notifications;

namespace BranchBot.Dialogs.Talks;

/// <summary>Proactive messages of the talk feature: to the branch secretary, and to the members of a talk or plan.</summary>
public sealed class TalkNotifier(IMemberNotifier notifier, MembershipService membership)
{
    /// <summary>
    /// Queues the notice for the active secretary, unless the secretary is the one who acted; false when there is nobody
    /// to tell. The outbox sends it: the member's reply does not wait for the channel (a 谈心 submitted by hundreds of
    /// members in a morning would otherwise queue behind the deployment's send rate).
    /// </summary>
    public async Task<bool> TellSecretaryAsync(Notification notification, Member actor, CancellationToken cancellationToken)
    {
        var secretaries = await SecretariesToTellAsync(actor, cancellationToken);
        if (secretaries.Count == 0)
        {
            return false;
        }

        await notifier.QueueAsync(secretaries, notification, cancellationToken);
        return true;
    }

    /// <summary>The active secretaries to tell of what <paramref name="actor"/> did (never the actor); empty: nobody to tell.</summary>
    public async Task<IReadOnlyList<Member>> SecretariesToTellAsync(Member actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return BranchOfficers.Among(await membership.ListMembersAsync(cancellationToken), OfficerRule.SecretariesOnly, except: actor);
    }

    public Task<NotificationResult> NotifyAsync(IReadOnlyList<Member> members, Notification notification, CancellationToken cancellationToken) =>
        notifier.NotifyAsync(members, notification, cancellationToken);
}
