using System.Net;
using BranchBot.BotFramework.DingTalk;
using BranchBot.BotFramework.Outgoing;
using BranchBot.BotFramework.Schema;
using BranchBot.Tests.DingTalk.Fake;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BranchBot.Tests.DingTalk;

/// <summary>The OpenAPI token's life (cached, refreshed before expiry and on rejection) and how failures are classified.</summary>
public sealed class DingTalkApiTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly DingTalkPlatformFake _platform = new();
    private readonly ServiceProvider _services;

    public DingTalkApiTests()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddDingTalk(new ConfigurationBuilder().AddInMemoryCollection(DingTalkCallbackClient.Settings()).Build());
        services.AddHttpClient(DingTalkApi.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => _platform);
        _services = services.BuildServiceProvider();
    }

    private DingTalkChannel Channel => _services.GetRequiredService<DingTalkChannel>();

    private Task SendAsync(string text, string to = "zhangsan")
    {
        var activity = Activity.CreateMessage(text);
        activity.Conversation = new ConversationAccount { Id = to };
        return Channel.DeliverAsync(activity, CancellationToken.None);
    }

    [Fact]
    public async Task The_token_is_kept_until_five_minutes_before_it_expires()
    {
        await SendAsync("一");
        _clock.Advance(TimeSpan.FromSeconds(7200 - 301));
        await SendAsync("二");
        Assert.Equal(1, _platform.TokensIssued);

        _clock.Advance(TimeSpan.FromSeconds(2));
        await SendAsync("三");
        Assert.Equal(2, _platform.TokensIssued);
        Assert.Equal(3, _platform.Sent.Count);
    }

    [Fact]
    public async Task A_rejected_token_is_fetched_again_and_the_call_retried_once()
    {
        await SendAsync("一");
        _platform.ExpireToken();
        await SendAsync("二");
        Assert.Equal(2, _platform.TokensIssued);
        Assert.Equal(["一", "二"], _platform.Sent.Select(m => m.Content));
    }

    [Fact]
    public async Task A_token_rejected_twice_is_not_retried_forever()
    {
        _platform.SendFailure = _ => (HttpStatusCode.Unauthorized, DingTalkErrors.InvalidAuthentication);
        var failure = await Assert.ThrowsAsync<ChannelDeliveryException>(() => SendAsync("一"));
        Assert.Equal(2, _platform.SendCalls);
        Assert.Equal(HttpStatusCode.Unauthorized, failure.StatusCode);
    }

    [Fact]
    public async Task Wrong_credentials_are_a_final_failure()
    {
        var settings = DingTalkCallbackClient.Settings();
        settings["DingTalk:AppSecret"] = "wrong";
        var services = new ServiceCollection().AddSingleton<TimeProvider>(_clock);
        services.AddDingTalk(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddHttpClient(DingTalkApi.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => _platform);
        await using var provider = services.BuildServiceProvider();
        var activity = Activity.CreateMessage("一");
        activity.Conversation = new ConversationAccount { Id = "zhangsan" };

        var failure = await Assert.ThrowsAsync<ChannelDeliveryException>(() => provider.GetRequiredService<DingTalkChannel>().DeliverAsync(activity, CancellationToken.None));
        Assert.True(failure.IsFinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, "", HttpStatusCode.TooManyRequests, false)]
    [InlineData(HttpStatusCode.Forbidden, DingTalkErrors.QpsLimitForApi, HttpStatusCode.TooManyRequests, false)]
    [InlineData(HttpStatusCode.Forbidden, DingTalkErrors.QpsLimitForAppkeyAndApi, HttpStatusCode.TooManyRequests, false)]
    [InlineData(HttpStatusCode.BadGateway, "", HttpStatusCode.ServiceUnavailable, false)]
    [InlineData(HttpStatusCode.OK, DingTalkErrors.UnknownSendResult, HttpStatusCode.ServiceUnavailable, false)]
    [InlineData(HttpStatusCode.Unauthorized, DingTalkErrors.InvalidAuthentication, HttpStatusCode.Unauthorized, false)]
    [InlineData(HttpStatusCode.NotFound, "", HttpStatusCode.NotFound, true)]
    [InlineData(HttpStatusCode.Forbidden, "Forbidden.AccessDenied.AccessTokenPermissionDenied", HttpStatusCode.Forbidden, true)]
    [InlineData(HttpStatusCode.BadRequest, "invalidParameter.msgParam.tooLong", HttpStatusCode.BadRequest, true)]
    public void Failures_are_classified_as_the_outbox_understands_them(HttpStatusCode status, string code, HttpStatusCode mapped, bool final)
    {
        var failure = DingTalkErrors.From("robot/oToMessages/batchSend", status, code, "x");
        Assert.Equal(mapped, failure.StatusCode);
        Assert.Equal(final, failure.IsFinal);
    }

    [Fact]
    public async Task A_recipient_the_platform_names_as_invalid_is_unreachable()
    {
        var failure = await Assert.ThrowsAsync<ChannelDeliveryException>(() => SendAsync("一", to: "gone-user"));
        Assert.Equal(HttpStatusCode.NotFound, failure.StatusCode);
        Assert.True(failure.IsFinal);
    }

    [Fact]
    public async Task The_request_carries_the_robot_code_the_staff_id_and_the_message_as_a_json_string()
    {
        await SendAsync("支部通知");
        var sent = Assert.Single(_platform.Sent);
        Assert.Equal("sampleText", sent.MsgKey);
        Assert.Equal("zhangsan", sent.ToUser);
        Assert.Equal("支部通知", sent.Content);
    }

    public void Dispose()
    {
        _services.Dispose();
        _platform.Dispose();
    }
}
