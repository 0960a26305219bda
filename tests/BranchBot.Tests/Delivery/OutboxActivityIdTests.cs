using BranchBot.Core.Delivery;
using BranchBot.Channels;
using BranchBot.Tests.Broadcasts;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Delivery;

/// <summary>
/// Proactive sends from the outbox carry the item's stable id (channelData, see <see cref="DeliveryChannelData"/>) on
/// every attempt, so a channel that answered too late, having delivered, can drop the retry; and each attempt may wait
/// <see cref="DeliveryOptions.AttemptTimeout"/> for the channel.
/// </summary>
public class OutboxActivityIdTests
{
    private const string Text = "周五下午学习党章";

    /// <summary>The sends of the broadcast into one member's conversation, or every send into the secretary's (the replies).</summary>
    private static IReadOnlyList<SendAttempt> AttemptsInto(BotHarness bot, ConversationScript member, bool repliesOnly = false) =>
        [.. bot.Channel.Attempts.Where(a => a.Activity.Conversation?.Id == member.ConversationId && (repliesOnly || a.Activity.Text?.Contains(Text, StringComparison.Ordinal) == true))];

    [Fact]
    public async Task A_retry_after_a_timed_out_attempt_carries_the_same_id_and_other_items_carry_their_own()
    {
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        bot.Channel.TimeOutOnceInto(branch.Zhang.ConversationId);
        branch.Broadcast(Text, acknowledgement: false);

        bot.Clock.Advance(TimeSpan.FromMinutes(1));
        branch.Deliver();
        branch.Zhang.ExpectNotification(Text).ExpectNoMoreReplies();

        var zhang = AttemptsInto(bot, branch.Zhang);
        Assert.Equal([true, false], zhang.Select(a => a.Refused));
        var first = DeliveryChannelData.DeliveryIdOf(zhang[0].Activity);
        Assert.NotNull(first);
        Assert.Equal(first, DeliveryChannelData.DeliveryIdOf(zhang[1].Activity));
        Assert.Null(zhang[0].Activity.Id);

        var li = DeliveryChannelData.DeliveryIdOf(Assert.Single(AttemptsInto(bot, branch.Li)).Activity);
        Assert.NotNull(li);
        Assert.NotEqual(first, li);
    }

    [Fact]
    public async Task Outbox_sends_wait_thirty_seconds_for_the_channel_by_default_and_replies_keep_the_clients_own_timeout()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), new DeliveryOptions().AttemptTimeout);
        await using var bot = BroadcastBranch.NewHarness();
        var branch = new BroadcastBranch(bot);
        branch.Broadcast(Text, acknowledgement: false);

        Assert.Equal(TimeSpan.FromSeconds(30), Assert.Single(AttemptsInto(bot, branch.Li)).AttemptTimeout);
        Assert.All(AttemptsInto(bot, branch.Secretary, repliesOnly: true), a => Assert.Null(a.AttemptTimeout));
        Assert.All(AttemptsInto(bot, branch.Secretary, repliesOnly: true), a => Assert.Null(DeliveryChannelData.DeliveryIdOf(a.Activity)));
    }

    [Fact]
    public void The_id_is_the_same_for_the_same_item_and_differs_between_batches_and_members()
    {
        Assert.Equal(DeliveryItem.IdOf("broadcast:5", "m1"), DeliveryItem.IdOf("broadcast:5", "m1"));
        Assert.NotEqual(DeliveryItem.IdOf("broadcast:5", "m1"), DeliveryItem.IdOf("broadcast:5", "m2"));
        Assert.NotEqual(DeliveryItem.IdOf("broadcast:5", "m1"), DeliveryItem.IdOf("broadcast:5:remind:1", "m1"));
        Assert.Matches("^bbd-[0-9a-f]{32}$", DeliveryItem.IdOf("broadcast:5", "m1"));
    }
}
