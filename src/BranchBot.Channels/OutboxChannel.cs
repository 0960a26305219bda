using BranchBot.BotFramework.Outgoing;
using BranchBot.Core.Conversations;
using BranchBot.Core.Delivery;
using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;
using Microsoft.Extensions.Options;

namespace BranchBot.Channels;

/// <summary>
/// Sends an outbox item to the member's chat accounts (<see cref="MemberSender"/>) with one attempt each of at
/// most <see cref="DeliveryOptions.AttemptTimeout"/>, the engine owning retries, every activity carrying the item's
/// stable id; members come from the <see cref="RosterSnapshot"/> shared by the sends of a few seconds.
/// </summary>
public sealed class OutboxChannel(
    RosterSnapshot roster,
    IMembershipStore members,
    IChatAddressStore addresses,
    ProactiveSender sender,
    IOptions<DeliveryOptions> options,
    IOrganisationMembers? organisationMembers = null,
    IEnumerable<IAddressableChannel>? directChannels = null) : IDeliveryChannel
{
    private readonly MemberSender _accounts = new(addresses, sender, directChannels);

    public async Task<DeliveryAttempt> SendAsync(DeliveryItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var member = await MemberAsync(item.MemberId, cancellationToken);
        if (member is not { IsActive: true })
        {
            return new DeliveryAttempt(DeliveryAttemptKind.Unreachable, "not a member any more");
        }

        // One attempt per send: the engine owns retries, so the connector client must not add its own.
        return await _accounts.SendAsync(member, item.Message, item.DeliveryId, SendAttempts.Single(options.Value.AttemptTimeout), cancellationToken);
    }

    private async Task<Member?> MemberAsync(string memberId, CancellationToken cancellationToken)
    {
        var byId = await roster.ByIdAsync(cancellationToken);

        // The roster is the first branch's; a member of another branch is found through the organisation's index.
        // The copy is trusted only when it can reach the member: someone added, joined from chat or brought back since
        // it was read is looked up on their own, so a member who joined a second ago is not reported unreachable.
        return byId.TryGetValue(memberId, out var member) && member is { IsActive: true, IsBound: true }
            ? member
            : await members.GetMemberAsync(memberId, cancellationToken) ?? await OtherBranchMemberAsync(memberId, cancellationToken);
    }

    private async ValueTask<Member?> OtherBranchMemberAsync(string memberId, CancellationToken cancellationToken) =>
        organisationMembers is null ? null : await organisationMembers.FindAsync(memberId, cancellationToken);
}
