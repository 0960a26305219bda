using BranchBot.BotFramework.Schema;
using BranchBot.Core.Conversations;
using BranchBot.Dialogs.Bot;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace BranchBot.Tests.Conversations;

/// <summary>
/// Every incoming message passes the tracker: a known, unchanged route costs nothing (no read, no write), a new
/// member's route is stored once, and a changed route (another conversation) is stored again.
/// </summary>
public sealed class ChatAddressTrackerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 5, 8, 0, 0, TimeSpan.Zero));
    private readonly Mock<IChatAddressStore> _store = new();

    [Fact]
    public async Task A_known_unchanged_route_is_neither_read_nor_written_again()
    {
        var tracker = new ChatAddressTracker(_store.Object, _time);

        await tracker.TrackAsync(Message("u1", "conv-1"), CancellationToken.None);
        await tracker.TrackAsync(Message("u1", "conv-1"), CancellationToken.None);
        await tracker.TrackAsync(Message("u1", "conv-1"), CancellationToken.None);

        _store.Verify(s => s.GetAsync("emulator", "u1", It.IsAny<CancellationToken>()), Times.Once);
        _store.Verify(s => s.SaveAsync(It.IsAny<ChatAddress>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_route_that_changed_is_stored_again()
    {
        var tracker = new ChatAddressTracker(_store.Object, _time);

        await tracker.TrackAsync(Message("u1", "conv-1"), CancellationToken.None);
        await tracker.TrackAsync(Message("u1", "conv-2"), CancellationToken.None);

        _store.Verify(s => s.SaveAsync(It.Is<ChatAddress>(a => a.ConversationId == "conv-1"), It.IsAny<CancellationToken>()), Times.Once);
        _store.Verify(s => s.SaveAsync(It.Is<ChatAddress>(a => a.ConversationId == "conv-2"), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_route_already_stored_by_an_earlier_run_is_read_once_and_not_written()
    {
        var stored = new ChatAddress("emulator", "u1", "党员1", "conv-1", "http://127.0.0.1:3981/", "bot", "BranchBot", null, "zh-CN", _time.GetUtcNow().AddDays(-3));
        _store.Setup(s => s.GetAsync("emulator", "u1", It.IsAny<CancellationToken>())).ReturnsAsync(stored);
        var tracker = new ChatAddressTracker(_store.Object, _time);

        await tracker.TrackAsync(Message("u1", "conv-1"), CancellationToken.None);
        await tracker.TrackAsync(Message("u1", "conv-1"), CancellationToken.None);

        _store.Verify(s => s.GetAsync("emulator", "u1", It.IsAny<CancellationToken>()), Times.Once);
        _store.Verify(s => s.SaveAsync(It.IsAny<ChatAddress>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    private static Activity Message(string user, string conversation) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "emulator",
        ServiceUrl = "http://127.0.0.1:3981/",
        From = new ChannelAccount { Id = user, Name = "党员1" },
        Recipient = new ChannelAccount { Id = "bot", Name = "BranchBot" },
        Conversation = new ConversationAccount { Id = conversation },
        Text = "我的信息",
        Locale = "zh-CN",
    };
}
