using System.Net;
using System.Text.Json;
using BranchBot.BotFramework.Outgoing;
using BranchBot.BotFramework.Tests.Support;
using Microsoft.Extensions.Logging;

namespace BranchBot.BotFramework.Tests.Outgoing;

public sealed class HttpConnectorClientTests : IDisposable
{
    private readonly ConnectorTestBed _bed = new();

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task A_reply_is_posted_as_json_to_the_reply_url_with_escaped_ids()
    {
        var response = await _bed.CreateClient().ReplyToActivityAsync(
            ConnectorTestBed.ServiceUrl, "19:abc@thread.skype;messageid=17", "f:123/4", ConnectorTestBed.Message(), CancellationToken.None);

        var request = Assert.Single(_bed.ChannelRequests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(
            "https://smba.trafficmanager.net/amer/v3/conversations/19%3Aabc%40thread.skype%3Bmessageid%3D17/activities/f%3A123%2F4",
            request.Uri.AbsoluteUri);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        Assert.Equal("sent-1", response.Id);
    }

    [Fact]
    public async Task The_body_is_the_activity_in_wire_json_camel_case_without_nulls_and_with_readable_chinese()
    {
        await _bed.CreateClient().SendToConversationAsync(ConnectorTestBed.ServiceUrl, "conversation-1", ConnectorTestBed.Message("三会一课提醒"), SendAttempts.ClientRetries, CancellationToken.None);

        var body = Assert.Single(_bed.ChannelRequests).Body;
        using var json = JsonDocument.Parse(body);
        Assert.Equal("message", json.RootElement.GetProperty("type").GetString());
        Assert.Equal("三会一课提醒", json.RootElement.GetProperty("text").GetString());
        Assert.Equal("conversation-1", json.RootElement.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Contains("三会一课提醒", body, StringComparison.Ordinal);
        Assert.DoesNotContain("null", body, StringComparison.Ordinal);
        Assert.False(json.RootElement.TryGetProperty("Text", out _));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/amer")]
    public async Task A_proactive_send_posts_to_the_conversation_activities_url_whether_or_not_the_service_url_ends_with_a_slash(string serviceUrl)
    {
        await _bed.CreateClient().SendToConversationAsync(serviceUrl, "a:1 b", ConnectorTestBed.Message(), SendAttempts.ClientRetries, CancellationToken.None);

        var request = Assert.Single(_bed.ChannelRequests);
        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations/a%3A1%20b/activities", request.Uri.AbsoluteUri);
    }

    [Theory]
    [InlineData(HttpStatusCode.OK, "")]
    [InlineData(HttpStatusCode.Created, "")]
    [InlineData(HttpStatusCode.Accepted, "")]
    [InlineData(HttpStatusCode.OK, "  \r\n")]
    [InlineData(HttpStatusCode.OK, "null")]
    [InlineData(HttpStatusCode.OK, "<html>ok</html>")]
    public async Task A_success_without_a_resource_response_body_is_tolerated(HttpStatusCode status, string body)
    {
        _bed.AnswerChannelWith(() => new HttpResponseMessage(status) { Content = new StringContent(body) });

        var response = await ConnectorTestBed.SendAsync(_bed.CreateClient());

        Assert.Null(response.Id);
        Assert.Single(_bed.ChannelRequests);
    }

    [Fact]
    public async Task Throttling_waits_exactly_as_long_as_retry_after_seconds_asks_and_then_resends_the_same_body()
    {
        _bed.AnswerChannelWith(() => WithRetryAfterSeconds(HttpStatusCode.TooManyRequests, 7), Ok("after-throttle"));
        var send = ConnectorTestBed.SendAsync(_bed.CreateClient());

        var delay = await _bed.NextRetryDelayAsync();
        Assert.Equal(TimeSpan.FromSeconds(7), delay);
        _bed.Clock.Advance(delay - TimeSpan.FromMilliseconds(1));
        Assert.Single(_bed.ChannelRequests);
        _bed.Clock.Advance(TimeSpan.FromMilliseconds(1));

        var response = await send;
        Assert.Equal("after-throttle", response.Id);
        Assert.Equal(2, _bed.ChannelRequests.Count);
        Assert.Equal(_bed.ChannelRequests[0].Body, _bed.ChannelRequests[1].Body);
        Assert.Contains(_bed.Logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("HTTP 429", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Throttling_with_a_retry_after_date_waits_until_that_date()
    {
        var retryAt = _bed.Clock.GetUtcNow().AddSeconds(12);
        _bed.AnswerChannelWith(
            () =>
            {
                var throttled = Respond.Status(HttpStatusCode.TooManyRequests);
                throttled.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(retryAt);
                return throttled;
            },
            Ok("after-throttle"));
        var send = ConnectorTestBed.SendAsync(_bed.CreateClient());

        var delay = await _bed.NextRetryDelayAsync();
        _bed.Clock.Advance(delay);

        Assert.Equal(TimeSpan.FromSeconds(12), delay);
        Assert.Equal("after-throttle", (await send).Id);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    public async Task A_transient_failure_without_retry_after_is_retried_after_a_jittered_backoff(HttpStatusCode transient)
    {
        _bed.AnswerChannelWith(() => Respond.Status(transient), Ok("second-try"));
        var send = ConnectorTestBed.SendAsync(_bed.CreateClient(jitter: 0.5));

        var delay = await _bed.NextRetryDelayAsync();
        _bed.Clock.Advance(delay);

        // Full jitter: half of the first bound (BaseRetryDelay) with the fixed draw of 0.5.
        Assert.Equal(_bed.ConnectorOptions.BaseRetryDelay / 2, delay);
        Assert.Equal("second-try", (await send).Id);
        Assert.Equal(2, _bed.ChannelRequests.Count);
    }

    [Fact]
    public async Task After_the_last_attempt_it_gives_up_with_a_non_final_error_having_doubled_the_backoff_each_time()
    {
        _bed.AnswerChannelWith(() => Respond.Status(HttpStatusCode.BadGateway));
        var send = ConnectorTestBed.SendAsync(_bed.CreateClient(jitter: 1.0));

        var delays = new List<TimeSpan>();
        for (var wait = 0; wait < 3; wait++)
        {
            var delay = await _bed.NextRetryDelayAsync();
            delays.Add(delay);
            _bed.Clock.Advance(delay);
        }

        var error = await Assert.ThrowsAsync<ChannelDeliveryException>(() => send);
        Assert.False(error.IsFinal);
        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Equal(4, _bed.ChannelRequests.Count);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], delays);
    }

    [Fact]
    public async Task The_number_of_attempts_is_configurable()
    {
        _bed.ConnectorOptions.MaxAttempts = 2;
        _bed.AnswerChannelWith(() => Respond.Status(HttpStatusCode.ServiceUnavailable));
        var send = ConnectorTestBed.SendAsync(_bed.CreateClient());

        _bed.Clock.Advance(await _bed.NextRetryDelayAsync());

        var error = await Assert.ThrowsAsync<ChannelDeliveryException>(() => send);
        Assert.False(error.IsFinal);
        Assert.Equal(2, _bed.ChannelRequests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    public async Task Blocked_or_vanished_recipients_fail_for_good_without_a_retry(HttpStatusCode status)
    {
        _bed.AnswerChannelWith(() => Respond.Status(status), Ok("never"));

        var error = await Assert.ThrowsAsync<ChannelDeliveryException>(() =>
            ConnectorTestBed.SendAsync(_bed.CreateClient()));

        Assert.True(error.IsFinal);
        Assert.True(error.IsRecipientUnreachable);
        Assert.Equal(status, error.StatusCode);
        Assert.Single(_bed.ChannelRequests);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge)]
    public async Task Other_client_errors_are_final_too(HttpStatusCode status)
    {
        _bed.AnswerChannelWith(() => Respond.Status(status), Ok("never"));

        var error = await Assert.ThrowsAsync<ChannelDeliveryException>(() =>
            ConnectorTestBed.SendAsync(_bed.CreateClient()));

        Assert.True(error.IsFinal);
        Assert.False(error.IsRecipientUnreachable);
        Assert.Equal(status, error.StatusCode);
        Assert.Single(_bed.ChannelRequests);
    }

    [Fact]
    public async Task An_internal_server_error_is_not_retried_but_is_not_final_either()
    {
        _bed.AnswerChannelWith(() => Respond.Status(HttpStatusCode.InternalServerError), Ok("never"));

        var error = await Assert.ThrowsAsync<ChannelDeliveryException>(() =>
            ConnectorTestBed.SendAsync(_bed.CreateClient()));

        Assert.False(error.IsFinal);
        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Single(_bed.ChannelRequests);
    }

    [Fact]
    public async Task With_a_single_attempt_a_429_is_not_retried_and_carries_its_retry_after()
    {
        _bed.AnswerChannelWith(() => WithRetryAfterSeconds(HttpStatusCode.TooManyRequests, 7), Ok("never"));

        var error = await Assert.ThrowsAsync<ChannelDeliveryException>(() =>
            ConnectorTestBed.SendAsync(_bed.CreateClient(), SendAttempts.Single()));

        Assert.True(error.IsThrottled);
        Assert.False(error.IsFinal);
        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
        Assert.Single(_bed.ChannelRequests);
    }

    [Fact]
    public async Task With_a_single_attempt_a_server_error_is_tried_once()
    {
        _bed.AnswerChannelWith(() => Respond.Json(HttpStatusCode.BadGateway, "{}"), Ok("never"));

        var error = await Assert.ThrowsAsync<ChannelDeliveryException>(() =>
            ConnectorTestBed.SendAsync(_bed.CreateClient(), SendAttempts.Single()));

        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Null(error.RetryAfter);
        Assert.Single(_bed.ChannelRequests);
    }

    [Fact]
    public async Task A_single_attempt_send_leaves_the_next_send_with_the_clients_retries()
    {
        var client = _bed.CreateClient();
        _bed.AnswerChannelWith(() => Respond.Json(HttpStatusCode.BadGateway, "{}"), () => Respond.Json(HttpStatusCode.BadGateway, "{}"), Ok("retried"));
        await Assert.ThrowsAsync<ChannelDeliveryException>(() => ConnectorTestBed.SendAsync(client, SendAttempts.Single()));

        var send = ConnectorTestBed.SendAsync(client);
        _bed.Clock.Advance(await _bed.NextRetryDelayAsync());

        Assert.Equal("retried", (await send).Id);
        Assert.Equal(3, _bed.ChannelRequests.Count);
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_longest_allowed_wait_gives_up_at_once_without_being_final()
    {
        _bed.AnswerChannelWith(() => WithRetryAfterSeconds(HttpStatusCode.TooManyRequests, 600), Ok("never"));

        var error = await Assert.ThrowsAsync<ChannelDeliveryException>(() =>
            ConnectorTestBed.SendAsync(_bed.CreateClient()));

        Assert.False(error.IsFinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Single(_bed.ChannelRequests);
    }

    [Fact]
    public async Task A_network_error_is_retried()
    {
        var calls = 0;
        _bed.ChannelOverride = (_, _) => Interlocked.Increment(ref calls) == 1
            ? throw new HttpRequestException("Connection reset (test).")
            : Task.FromResult(Ok("after-reset")());
        var send = ConnectorTestBed.SendAsync(_bed.CreateClient());

        _bed.Clock.Advance(await _bed.NextRetryDelayAsync());

        Assert.Equal("after-reset", (await send).Id);
        Assert.Equal(2, _bed.ChannelRequests.Count);
    }

    [Fact]
    public async Task Network_errors_on_every_attempt_surface_as_a_non_final_error_with_the_cause()
    {
        _bed.ChannelOverride = (_, _) => throw new HttpRequestException("Connection refused (test).");
        var send = ConnectorTestBed.SendAsync(_bed.CreateClient());

        for (var wait = 0; wait < 3; wait++)
        {
            _bed.Clock.Advance(await _bed.NextRetryDelayAsync());
        }

        var error = await Assert.ThrowsAsync<ChannelDeliveryException>(() => send);
        Assert.False(error.IsFinal);
        Assert.Null(error.StatusCode);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Equal(4, _bed.ChannelRequests.Count);
    }

    [Fact]
    public async Task An_attempt_that_gets_no_answer_within_the_attempt_timeout_is_retried()
    {
        var calls = 0;
        _bed.ChannelOverride = async (_, cancellationToken) =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            return Ok("after-timeout")();
        };
        var send = ConnectorTestBed.SendAsync(_bed.CreateClient());
        Assert.True(await Eventually.HoldsAsync(() => Task.FromResult(_bed.ChannelRequests.Count == 1)));

        _bed.Clock.Advance(_bed.ConnectorOptions.AttemptTimeout);
        _bed.Clock.Advance(await _bed.NextRetryDelayAsync());

        Assert.Equal("after-timeout", (await send).Id);
        Assert.Equal(2, _bed.ChannelRequests.Count);
    }

    [Fact]
    public async Task A_single_attempt_with_its_own_timeout_waits_that_long_instead_of_the_clients_timeout()
    {
        _bed.ConnectorOptions.AttemptTimeout = TimeSpan.FromSeconds(3);
        _bed.ChannelOverride = async (_, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return Ok("never")();
        };

        var send = ConnectorTestBed.SendAsync(_bed.CreateClient(), SendAttempts.Single(TimeSpan.FromSeconds(30)));
        Assert.True(await Eventually.HoldsAsync(() => Task.FromResult(_bed.ChannelRequests.Count == 1)));
        _bed.Clock.Advance(TimeSpan.FromSeconds(29));
        Assert.False(send.IsCompleted);

        _bed.Clock.Advance(TimeSpan.FromSeconds(1));
        var error = await Assert.ThrowsAsync<ChannelDeliveryException>(() => send);
        Assert.False(error.IsFinal);
        Assert.Null(error.StatusCode);
        Assert.Contains("no answer within 00:00:30", error.Message, StringComparison.Ordinal);

        Assert.Single(_bed.ChannelRequests);
    }

    [Fact]
    public async Task Cancelling_while_waiting_to_retry_stops_without_another_attempt()
    {
        _bed.AnswerChannelWith(() => WithRetryAfterSeconds(HttpStatusCode.TooManyRequests, 7), Ok("never"));
        using var cancellation = new CancellationTokenSource();
        var send = ConnectorTestBed.SendAsync(_bed.CreateClient(), cancellation.Token);

        await _bed.NextRetryDelayAsync();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => send);
        Assert.Single(_bed.ChannelRequests);
    }

    private static Func<HttpResponseMessage> Ok(string id) => () => Respond.Json(HttpStatusCode.OK, $$"""{"id":"{{id}}"}""");

    private static HttpResponseMessage WithRetryAfterSeconds(HttpStatusCode status, int seconds)
    {
        var response = Respond.Status(status);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
        return response;
    }
}
