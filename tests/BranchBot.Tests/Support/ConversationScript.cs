using System.Text.RegularExpressions;
using BranchBot.BotFramework.Hosting;
using BranchBot.BotFramework.Schema;

namespace BranchBot.Tests.Support;

/// <summary>
/// A conversation test that reads as a script: <c>Send("帮助").ExpectReply("我可以帮你")</c>. Each Send runs one
/// full turn through the adapter, as a channel's POST would.
/// </summary>
internal sealed partial class ConversationScript(BotHarness harness, string channelId, string userId, string? displayName)
{
    private readonly Queue<Activity> _replies = new();
    private int _sequence;

    public string ChannelId => channelId;

    public string UserId => userId;

    public string LastReplyText { get; private set; } = string.Empty;

    public Activity? LastReply { get; private set; }

    public ConversationScript Send(string text) => Deliver(new Activity { Type = ActivityTypes.Message, Text = text });

    public ConversationScript Deliver(Activity activity)
    {
        var outcome = Run(activity);
        if (outcome.Failed)
        {
            throw new InvalidOperationException($"The turn for 「{activity.Text}」 failed.", harness.Logs.Exceptions.LastOrDefault());
        }

        TakeMine();
        return this;
    }

    /// <summary>
    /// Sends while the channel answers 500 to everything posted into this conversation: the reply (and the adapter's
    /// apology) are lost and the turn fails, as during a channel outage of a few seconds. Then the channel recovers.
    /// </summary>
    public ConversationScript SendWhileChannelFails(string text)
    {
        harness.Channel.FailInto(ConversationId);
        try
        {
            Assert.True(Run(new Activity { Type = ActivityTypes.Message, Text = text }).Failed, $"The turn for 「{text}」 should have failed on its reply.");
        }
        finally
        {
            harness.Channel.Recover(ConversationId);
        }

        TakeMine();
        return this;
    }

    private TurnOutcome Run(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Id ??= $"{userId}-{++_sequence}";
        activity.ChannelId ??= channelId;
        activity.ServiceUrl ??= "https://channel.test/";
        activity.From ??= new ChannelAccount { Id = userId, Name = displayName };
        activity.Recipient ??= new ChannelAccount { Id = "bot", Name = "BranchBot" };
        activity.Conversation ??= new ConversationAccount { Id = ConversationId };
        TakeMine();
        return Task.Run(() => harness.Adapter.ProcessActivityAsync(activity, CancellationToken.None)).GetAwaiter().GetResult();
    }

    /// <summary>Conversation id of this person's chat with the bot.</summary>
    public string ConversationId => $"conv-{channelId}-{userId}";

    /// <summary>Reads what the bot sent to this person proactively (reminders, notices) since the last read.</summary>
    public ConversationScript ExpectNotification(string contains)
    {
        TakeMine();
        return ExpectReply(contains);
    }

    /// <summary>Moves everything the bot sent to this person's conversation from the shared channel into this script.</summary>
    private void TakeMine()
    {
        harness.DeliverOutbox();
        foreach (var activity in harness.Channel.TakeFor(ConversationId))
        {
            _replies.Enqueue(activity);
        }
    }

    public ConversationScript ExpectReply(string contains)
    {
        Assert.True(_replies.Count > 0, $"Expected a reply containing 「{contains}」 but the bot said nothing more.");
        LastReply = _replies.Dequeue();
        LastReplyText = LastReply.Text ?? string.Empty;
        Assert.True(
            LastReplyText.Contains(contains, StringComparison.Ordinal),
            $"Expected a reply containing 「{contains}」 but got 「{LastReplyText}」.");
        return this;
    }

    /// <summary>Whether the next unread reply contains the text (for set-up steps that depend on what is already there).</summary>
    public bool NextReplyContains(string contains) =>
        _replies.Count > 0 && (_replies.Peek().Text ?? string.Empty).Contains(contains, StringComparison.Ordinal);

    public ConversationScript ExpectReplyNotContaining(string contains, string absent)
    {
        ExpectReply(contains);
        Assert.DoesNotContain(absent, LastReplyText, StringComparison.Ordinal);
        return this;
    }

    /// <summary>Checks the buttons of the reply most recently read by <see cref="ExpectReply"/>.</summary>
    public ConversationScript WithButtons(params string[] titles)
    {
        Assert.NotNull(LastReply);
        Assert.Equal(titles, LastReply!.SuggestedActions?.Actions.Select(a => a.Title ?? string.Empty).ToArray() ?? []);
        return this;
    }

    public ConversationScript WithButtonsIncluding(params string[] titles)
    {
        Assert.NotNull(LastReply);
        var actual = LastReply!.SuggestedActions?.Actions.Select(a => a.Title ?? string.Empty).ToList() ?? [];
        foreach (var title in titles)
        {
            Assert.Contains(title, actual);
        }

        return this;
    }

    /// <summary>Presses the button of that title on the reply most recently read: sends its value, as Web Chat does.</summary>
    public ConversationScript Press(string title)
    {
        Assert.NotNull(LastReply);
        var action = LastReply!.SuggestedActions?.Actions.FirstOrDefault(a => a.Title == title);
        Assert.True(action is not null, $"No button 「{title}」 on 「{LastReplyText}」");
        return Send(action!.Value?.ToString() ?? title);
    }

    public ConversationScript WithoutButton(string title)
    {
        Assert.NotNull(LastReply);
        Assert.DoesNotContain(title, LastReply!.SuggestedActions?.Actions.Select(a => a.Title ?? string.Empty) ?? []);
        return this;
    }

    /// <summary>Drops whatever the bot has said and not been read yet (a dialog's goodbye of several messages).</summary>
    public ConversationScript SkipReplies()
    {
        TakeMine();
        _replies.Clear();
        return this;
    }

    public ConversationScript ExpectNoMoreReplies()
    {
        Assert.True(_replies.Count == 0, $"Unexpected reply: {(_replies.Count > 0 ? _replies.Peek().Text : string.Empty)}");
        return this;
    }

    public static string InviteCodeIn(string text)
    {
        var match = InviteCode().Match(text);
        Assert.True(match.Success, $"No invite code in 「{text}」.");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("邀请码：([A-Z0-9]{8})")]
    private static partial Regex InviteCode();
}
