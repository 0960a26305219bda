using BranchBot.BotFramework.Outgoing;
using BranchBot.Core.Conversations;
using BranchBot.Core.Delivery;
using BranchBot.Core.Membership;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Engine;

namespace BranchBot.Dialogs.Delivery;

/// <summary>
/// Sends an outbox item to every chat account of the member, from the conversation references kept by
/// <see cref="ChatAddressTracker"/>, one attempt each (the engine owns retries). The member counts as reached when
/// any account took it; otherwise the most hopeful failure decides: throttled, then transient, then rejected,
/// and unreachable only when no account could ever work (no address, 403, 404).
/// </summary>
public sealed class ChatDeliveryChannel(
    IMembershipStore members,
    IChatAddressStore addresses,
    ProactiveSender sender,
    TimeProvider timeProvider) : IDeliveryChannel
{
    /// <summary>How long the roster read for a batch is reused; a broadcast to thousands then reads it once, not per item.</summary>
    public static readonly TimeSpan RosterReuse = TimeSpan.FromSeconds(5);

    private readonly Lock _rosterGate = new();
    private Task<Roster>? _roster;

    public async Task<DeliveryAttempt> SendAsync(string memberId, DeliveryMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var member = await MemberAsync(memberId, cancellationToken);
        if (member is not { IsActive: true })
        {
            return new DeliveryAttempt(DeliveryAttemptKind.Unreachable, "not a member any more");
        }

        var failures = new List<DeliveryAttempt>();
        foreach (var account in member.ChatAccounts)
        {
            var address = await addresses.GetAsync(account.ChannelId, account.UserId, cancellationToken);
            if (address is null)
            {
                continue;
            }

            var attempt = await SendToAccountAsync(address, message, cancellationToken);
            if (attempt.Kind == DeliveryAttemptKind.Sent)
            {
                return attempt;
            }

            failures.Add(attempt);
        }

        return MostHopeful(failures) ?? new DeliveryAttempt(DeliveryAttemptKind.Unreachable, "no chat address: the member has not talked to the bot yet");
    }

    private async Task<Member?> MemberAsync(string memberId, CancellationToken cancellationToken)
    {
        var roster = await RosterAsync(cancellationToken);

        // Someone added since the roster was read is looked up on their own.
        return roster.ById.TryGetValue(memberId, out var member) ? member : await members.GetMemberAsync(memberId, cancellationToken);
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

    private async Task<DeliveryAttempt> SendToAccountAsync(ChatAddress address, DeliveryMessage message, CancellationToken cancellationToken)
    {
        // A fresh activity per send: the sender stamps routing fields onto it.
        var activity = Buttons.Message(message.Text, (message.Buttons ?? []).Select(button => (button.Title, button.Value)));
        try
        {
            using (SingleAttemptScope.Begin())
            {
                await sender.SendAsync(ChatAddressTracker.ToReference(address), activity, cancellationToken);
            }

            return DeliveryAttempt.Sent;
        }
        catch (ChannelDeliveryException exception)
        {
            return Classify(exception);
        }
    }

    private static DeliveryAttempt Classify(ChannelDeliveryException exception)
    {
        var kind = exception switch
        {
            { IsThrottled: true } => DeliveryAttemptKind.Throttled,
            { IsRecipientUnreachable: true } => DeliveryAttemptKind.Unreachable,
            { IsFinal: true } => DeliveryAttemptKind.Rejected,
            _ => DeliveryAttemptKind.Transient,
        };
        return new DeliveryAttempt(kind, exception.Message, exception.RetryAfter);
    }

    private static DeliveryAttempt? MostHopeful(List<DeliveryAttempt> failures) =>
        failures.FirstOrDefault(f => f.Kind == DeliveryAttemptKind.Throttled)
        ?? failures.FirstOrDefault(f => f.Kind == DeliveryAttemptKind.Transient)
        ?? failures.FirstOrDefault(f => f.Kind == DeliveryAttemptKind.Rejected)
        ?? failures.FirstOrDefault();

    private sealed record Roster(IReadOnlyDictionary<string, Member> ById, DateTimeOffset ReadAt);
}
