using BranchBot.BotFramework.Outgoing;
using BranchBot.Core.Conversations;
using BranchBot.Core.Delivery;
using BranchBot.Core.Membership;
using Microsoft.Extensions.Options;

namespace BranchBot.Channels;

/// <summary>
/// Sends an outbox item to the member's chat accounts (<see cref="MemberSender"/>) with one attempt each of at
/// most <see cref="DeliveryOptions.AttemptTimeout"/>, the engine owning retries, every activity carrying the item's
/// stable id; members come from a roster copy shared by the sends of a few seconds.
/// </summary>
public sealed class OutboxChannel(
    IMembershipStore members,
    IChatAddressStore addresses,
    ProactiveSender sender,
    TimeProvider timeProvider,
    IOptions<DeliveryOptions> options) : IDeliveryChannel
{
    /// <summary>How long the roster read for a batch is reused; a broadcast to thousands then reads it once, not per item.</summary>
    public static readonly TimeSpan RosterReuse = TimeSpan.FromSeconds(5);

    private readonly MemberSender _accounts = new(addresses, sender);
    private readonly Lock _rosterGate = new();
    private Task<Roster>? _roster;

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
        var roster = await RosterAsync(cancellationToken);

        // The copy is trusted only when it can reach the member: someone added, joined from chat or brought back since
        // it was read is looked up on their own, so a member who joined a second ago is not reported unreachable.
        return roster.ById.TryGetValue(memberId, out var member) && member is { IsActive: true, IsBound: true }
            ? member
            : await members.GetMemberAsync(memberId, cancellationToken);
    }

    /// <summary>The roster, read again once it is older than <see cref="RosterReuse"/>: by one sender while the others wait for that read.</summary>
    private Task<Roster> RosterAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        lock (_rosterGate)
        {
            if (_roster is null
                || _roster.IsFaulted
                || _roster.IsCanceled
                || (_roster.IsCompletedSuccessfully && now - _roster.Result.ReadAt >= RosterReuse))
            {
                _roster = Task.Run(() => ReadRosterAsync(now, cancellationToken), CancellationToken.None);
            }

            return _roster;
        }
    }

    private async Task<Roster> ReadRosterAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var all = await members.ListMembersAsync(cancellationToken);
        return new Roster(all.ToDictionary(m => m.Id, StringComparer.Ordinal), now);
    }

    private sealed record Roster(IReadOnlyDictionary<string, Member> ById, DateTimeOffset ReadAt);
}
