using System.Net;
using BranchBot.BotFramework.DingTalk;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.DingTalk.Fake;

/// <summary>
/// The real server with the 钉钉 channel on, its OpenAPI pointed at <see cref="DingTalkPlatformFake"/>, and members who
/// talk to it as the client would: <c>member.SendAsync("签到")</c> posts a signed callback, waits for the turn and
/// returns what the member received; pressing a card button sends the button's command as the member's message.
/// </summary>
internal sealed class DingTalkApplication : IAsyncDisposable
{
    public DingTalkApplication()
    {
        App = new BranchBotApplication(DingTalkCallbackClient.Settings(), services => services.AddHttpClient(DingTalkApi.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Platform));
        Callbacks = new DingTalkCallbackClient(App.CreateClient(), () => App.Clock.GetUtcNow());
    }

    public BranchBotApplication App { get; }

    public DingTalkPlatformFake Platform { get; } = new();

    public DingTalkCallbackClient Callbacks { get; }

    public DingTalkMember Member(string staffId) => new(this, staffId);

    public Task IdleAsync() => App.Services.GetRequiredService<DingTalkTurnRunner>().IdleAsync();

    /// <summary>Waits (real time, bounded) until <paramref name="condition"/> holds: for sends the outbox workers make.</summary>
    public static async Task EventuallyAsync(Func<bool> condition, string what, int seconds = 20)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(seconds), $"timed out waiting for {what}");
            await Task.Delay(20);
        }
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

/// <summary>One 钉钉 user's side of the conversation with the robot.</summary>
internal sealed class DingTalkMember(DingTalkApplication dingtalk, string staffId)
{
    private int _seen;

    public string StaffId => staffId;

    public IReadOnlyList<DingTalkPlatformFake.SentMessage> Received => dingtalk.Platform.SentTo(staffId);

    public Task<string> SendAsync(string text) => PostAsync(dingtalk.Callbacks.Text(staffId, text));

    /// <summary>Writes in the branch's group chat, @-mentioning the robot or not.</summary>
    public Task<string> SayInGroupAsync(string text, bool atRobot) => PostAsync(dingtalk.Callbacks.Text(staffId, text, inGroup: true, atRobot: atRobot));

    /// <summary>Presses the button labelled <paramref name="label"/> on the newest card that has it.</summary>
    public Task<string> PressAsync(string label) => PressAsync(LatestCardWith(label), label);

    /// <summary>What the client does on a press: the button's sendMessage link sends its command as this member's message.</summary>
    public Task<string> PressAsync(DingTalkPlatformFake.SentMessage card, string label) => SendAsync(card.Buttons!.First(b => b.Title == label).Command);

    public DingTalkPlatformFake.SentMessage LatestCardWith(string label) =>
        Received.LastOrDefault(m => m.Buttons?.Any(b => b.Title == label) == true)
        ?? throw new Xunit.Sdk.XunitException($"{staffId} has no card with a 「{label}」 button; received:\n{string.Join("\n---\n", Received.Select(m => m.Content))}");

    /// <summary>Waits for a message containing <paramref name="text"/> sent outside a turn (a notice, a broadcast).</summary>
    public async Task<string> ExpectNotificationAsync(string text)
    {
        await DingTalkApplication.EventuallyAsync(() => Received.Skip(_seen).Any(m => m.Content.Contains(text, StringComparison.Ordinal)), $"「{text}」 for {staffId}");
        return TakeNew();
    }

    private async Task<string> PostAsync(System.Text.Json.Nodes.JsonObject message)
    {
        var response = await dingtalk.Callbacks.PostAsync(message);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await dingtalk.IdleAsync();
        return TakeNew();
    }

    private string TakeNew()
    {
        var all = Received;
        var fresh = all.Skip(_seen).Select(m => m.Content).ToList();
        _seen = all.Count;
        return string.Join("\n", fresh);
    }
}
