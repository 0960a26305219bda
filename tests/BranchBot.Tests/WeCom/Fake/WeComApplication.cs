using System.Net;
using BranchBot.BotFramework.WeCom;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.WeCom.Fake;

/// <summary>
/// The real server with the 企业微信 channel on, its API pointed at <see cref="WeComPlatformFake"/>, and members who
/// talk to it as the platform would: <c>member.Send("签到")</c> posts an encrypted callback, waits for the turn and
/// returns what the member received.
/// </summary>
internal sealed class WeComApplication : IAsyncDisposable
{
    public WeComApplication(IDictionary<string, string?>? extraSettings = null)
    {
        var settings = WeComCallbackClient.Settings();
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        App = new BranchBotApplication(settings, services => services.AddHttpClient(WeComApi.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Platform));
        Callbacks = new WeComCallbackClient(App.CreateClient(), () => App.Clock.GetUtcNow());
    }

    public BranchBotApplication App { get; }

    public WeComPlatformFake Platform { get; } = new();

    public WeComCallbackClient Callbacks { get; }

    public WeComMember Member(string userId) => new(this, userId);

    /// <summary>Waits until every turn started by a callback has run.</summary>
    public Task IdleAsync() => App.Services.GetRequiredService<WeComTurnRunner>().IdleAsync();

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

/// <summary>One 企业微信 user's side of the conversation.</summary>
internal sealed class WeComMember(WeComApplication wecom, string userId)
{
    private int _seen;

    public string UserId => userId;

    /// <summary>Everything this member received so far.</summary>
    public IReadOnlyList<WeComPlatformFake.SentMessage> Received => wecom.Platform.SentTo(userId);

    public async Task<string> SendAsync(string text)
    {
        var response = await wecom.Callbacks.PostAsync(wecom.Callbacks.TextXml(userId, text));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await wecom.IdleAsync();
        return TakeNew();
    }

    /// <summary>Presses the button labelled <paramref name="label"/> on the newest card that has it.</summary>
    public async Task<string> PressAsync(string label) => await PressAsync(LatestCardWith(label), label);

    public async Task<string> PressAsync(WeComPlatformFake.SentMessage card, string label)
    {
        var key = card.Buttons!.First(b => b.Text == label).Key;
        var response = await wecom.Callbacks.PostAsync(wecom.Callbacks.PressXml(userId, card.TaskId!, key, card.ResponseCode!));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await wecom.IdleAsync();
        return TakeNew();
    }

    public WeComPlatformFake.SentMessage LatestCardWith(string label) =>
        Received.LastOrDefault(m => m.Buttons?.Any(b => b.Text == label) == true)
        ?? throw new Xunit.Sdk.XunitException($"{userId} has no card with a 「{label}」 button; received:\n{string.Join("\n---\n", Received.Select(m => m.Content))}");

    /// <summary>Waits for a message containing <paramref name="text"/> sent outside a turn (a notice, a broadcast).</summary>
    public async Task<string> ExpectNotificationAsync(string text)
    {
        await WeComApplication.EventuallyAsync(() => Received.Skip(_seen).Any(m => m.Content.Contains(text, StringComparison.Ordinal)), $"「{text}」 for {userId}");
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
