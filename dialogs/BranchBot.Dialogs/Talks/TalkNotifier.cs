using BranchBot.Core.Membership;
using BranchBot.Core.Notifications;

namespace BranchBot.Dialogs.Talks;

/// <summary>Proactive messages of the talk feature: to the branch secretary, and to the members of a talk or plan.</summary>
public sealed class TalkNotifier(IMemberNotifier notifier, MembershipService membership)
{
    /// <summary>Tells the active secretary, unless the secretary is the one who acted; null when nobody was told.</summary>
    public async Task<NotificationResult?> TellSecretaryAsync(Notification notification, Member actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var secretaries = BranchOfficers.Among(await membership.ListMembersAsync(cancellationToken), OfficerRule.SecretariesOnly, except: actor);
        return secretaries.Count == 0 ? null : await notifier.NotifyAsync(secretaries, notification, cancellationToken);
    }

    public Task<NotificationResult> NotifyAsync(IReadOnlyList<Member> members, Notification notification, CancellationToken cancellationToken) =>
        notifier.NotifyAsync(members, notification, cancellationToken);
}
