using BranchBot.BotFramework.Outgoing;
using BranchBot.BotFramework.Schema;
using BranchBot.Channels;
using BranchBot.Core.Conversations;
using BranchBot.Core.Delivery;
using BranchBot.Core.Membership;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Conversations;
using BranchBot.Storage.LiteDb.Membership;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace BranchBot.Tests.Delivery;

/// <summary>The roster copy (<see cref="RosterSnapshot"/>) of <see cref="OutboxChannel"/>: read once for many sends, and again once it is old.</summary>
public sealed class OutboxChannelRosterTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);
    private readonly LiteDbContext _database = LiteDbContext.InMemory();
    private readonly FakeTimeProvider _clock = new(Start);
    private readonly Mock<IChannelSender> _connector = new();

    [Fact]
    public async Task Many_sends_at_once_share_one_roster_read()
    {
        var (channel, roster) = await ChannelWithMembersAsync(16);
        roster.HoldReads();

        var sends = Enumerable.Range(0, 16).Select(i => channel.SendAsync(Item($"m{i}"), CancellationToken.None)).ToList();
        await roster.FirstReadStarted;
        roster.ReleaseReads();
        var attempts = await Task.WhenAll(sends);

        Assert.All(attempts, a => Assert.Equal(DeliveryAttemptKind.Sent, a.Kind));
        Assert.Equal(1, roster.Reads);
    }

    [Fact]
    public async Task The_roster_is_read_again_once_it_is_older_than_the_reuse_time_so_a_removed_member_is_not_sent_to()
    {
        var (channel, roster) = await ChannelWithMembersAsync(2);
        Assert.Equal(DeliveryAttemptKind.Sent, (await channel.SendAsync(Item("m1"), CancellationToken.None)).Kind);

        await roster.ApplyAsync(new MembershipChange { Members = [Member(1) with { RemovedAt = _clock.GetUtcNow() }] }, CancellationToken.None);
        _clock.Advance(RosterSnapshot.Reuse);

        var attempt = await channel.SendAsync(Item("m1"), CancellationToken.None);
        Assert.Equal(DeliveryAttemptKind.Unreachable, attempt.Kind);
        Assert.Equal(2, roster.Reads);
    }

    [Fact]
    public async Task A_member_who_joined_from_chat_after_the_roster_was_read_is_reached_at_once()
    {
        var (channel, roster) = await ChannelWithMembersAsync(2);
        await roster.ApplyAsync(new MembershipChange { Members = [Member(2) with { ChatAccounts = [] }] }, CancellationToken.None);
        Assert.Equal(DeliveryAttemptKind.Unreachable, (await channel.SendAsync(Item("m2"), CancellationToken.None)).Kind);

        await roster.ApplyAsync(new MembershipChange { Members = [Member(2) with { ChatAccounts = [new ChatAccount("test", "u0")] }] }, CancellationToken.None);

        Assert.Equal(DeliveryAttemptKind.Sent, (await channel.SendAsync(Item("m2"), CancellationToken.None)).Kind);
        Assert.Equal(1, roster.Reads);
    }

    public void Dispose() => _database.Dispose();

    private static DeliveryItem Item(string memberId) =>
        new("broadcast:1", memberId, new DeliveryMessage("通知"), DeliveryState.InFlight, 0, Start, Start, Start, null, null);

    private async Task<(OutboxChannel Channel, CountingRoster Roster)> ChannelWithMembersAsync(int count)
    {
        var roster = new CountingRoster(new LiteDbMembershipStore(_database));
        var members = Enumerable.Range(0, count).Select(Member).ToList();
        await roster.ApplyAsync(new MembershipChange { Members = members }, CancellationToken.None);
        var addresses = new CachedChatAddressStore(new LiteDbChatAddressStore(_database));
        foreach (var member in members)
        {
            await addresses.SaveAsync(
                new ChatAddress("test", member.ChatAccounts[0].UserId, null, $"conv-{member.Id}", "https://channel.test/", "bot", "BranchBot", null, "zh-CN", Start),
                CancellationToken.None);
        }

        _connector.Setup(c => c.SendAsync(It.IsAny<Activity>(), It.IsAny<SendAttempts>(), It.IsAny<CancellationToken>())).ReturnsAsync(new ResourceResponse("1"));
        return (new OutboxChannel(new RosterSnapshot(roster, _clock), roster, addresses, new ProactiveSender(_connector.Object), Options.Create(new DeliveryOptions())), roster);
    }

    private static Member Member(int i) => new()
    {
        Id = $"m{i}",
        Name = $"党员{i}",
        ChatAccounts = [new ChatAccount("test", $"u{i}")],
        CreatedAt = Start,
    };

    /// <summary>The real store, counting roster reads, which can be held back to let sends pile up.</summary>
    private sealed class CountingRoster(IMembershipStore inner) : IMembershipStore
    {
        private readonly TaskCompletionSource _firstReadStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private TaskCompletionSource? _hold;
        private int _reads;

        public int Reads => _reads;

        public Task FirstReadStarted => _firstReadStarted.Task;

        public void HoldReads() => _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public void ReleaseReads() => _hold?.TrySetResult();

        public async ValueTask<IReadOnlyList<Member>> ListMembersAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _reads);
            _firstReadStarted.TrySetResult();
            if (_hold is { } hold)
            {
                await hold.Task;
            }

            return await inner.ListMembersAsync(cancellationToken);
        }

        public ValueTask<Branch?> GetBranchAsync(CancellationToken cancellationToken) => inner.GetBranchAsync(cancellationToken);

        public ValueTask<Member?> GetMemberAsync(string memberId, CancellationToken cancellationToken) => inner.GetMemberAsync(memberId, cancellationToken);

        public ValueTask<Member?> FindByChatAccountAsync(ChatAccount account, CancellationToken cancellationToken) => inner.FindByChatAccountAsync(account, cancellationToken);

        public ValueTask<IReadOnlyList<PartyGroup>> ListGroupsAsync(CancellationToken cancellationToken) => inner.ListGroupsAsync(cancellationToken);

        public ValueTask<Invite?> GetInviteAsync(string code, CancellationToken cancellationToken) => inner.GetInviteAsync(code, cancellationToken);

        public ValueTask<IReadOnlyList<Invite>> ListInvitesAsync(CancellationToken cancellationToken) => inner.ListInvitesAsync(cancellationToken);

        public ValueTask ApplyAsync(MembershipChange change, CancellationToken cancellationToken) => inner.ApplyAsync(change, cancellationToken);
    }
}
