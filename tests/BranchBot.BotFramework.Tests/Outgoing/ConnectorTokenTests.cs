using System.Net;
using BranchBot.BotFramework.Outgoing;
using BranchBot.BotFramework.Tests.Support;

namespace BranchBot.BotFramework.Tests.Outgoing;

public sealed class ConnectorTokenTests : IDisposable
{
    private readonly ConnectorTestBed _bed = new();

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task Without_an_app_id_nothing_is_fetched_and_no_authorization_header_is_sent()
    {
        _bed.BotOptions.MicrosoftAppId = "";

        await SendAsync(_bed.CreateClient());

        Assert.Empty(_bed.TokenRequests);
        Assert.Null(Assert.Single(_bed.ChannelRequests).Authorization);
    }

    [Fact]
    public async Task The_token_comes_from_a_client_credentials_grant_and_is_sent_as_a_bearer_token()
    {
        await SendAsync(_bed.CreateClient());

        var tokenRequest = Assert.Single(_bed.TokenRequests);
        Assert.Equal(HttpMethod.Post, tokenRequest.Method);
        Assert.Equal(ConnectorTestBed.TokenEndpoint, tokenRequest.Uri.AbsoluteUri);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = ConnectorTestBed.AppId,
                ["client_secret"] = ConnectorTestBed.AppPassword,
                ["scope"] = "https://api.botframework.com/.default",
            },
            tokenRequest.Form());
        Assert.Equal("Bearer token-1", Assert.Single(_bed.ChannelRequests).Authorization);
    }

    [Fact]
    public async Task A_single_tenant_bot_asks_its_own_tenants_token_endpoint()
    {
        _bed.BotOptions.MicrosoftAppType = "SingleTenant";
        _bed.BotOptions.MicrosoftAppTenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

        await SendAsync(_bed.CreateClient());

        Assert.Equal(
            "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/v2.0/token",
            Assert.Single(_bed.TokenRequests).Uri.AbsoluteUri);
    }

    [Fact]
    public async Task The_token_is_cached_until_five_minutes_before_it_expires_and_then_fetched_again()
    {
        var client = _bed.CreateClient();
        await SendAsync(client);

        _bed.Clock.Advance(TimeSpan.FromSeconds(3600 - 300 - 1));
        await SendAsync(client);
        Assert.Single(_bed.TokenRequests);

        _bed.Clock.Advance(TimeSpan.FromSeconds(2));
        await SendAsync(client);

        Assert.Equal(2, _bed.TokenRequests.Count);
        Assert.Equal(["Bearer token-1", "Bearer token-1", "Bearer token-2"], _bed.ChannelRequests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task A_short_lived_token_is_renewed_at_half_its_life()
    {
        _bed.TokenEndpointAnswer = (_, _) => Task.FromResult(_bed.IssueToken(expiresInSeconds: 120));
        var client = _bed.CreateClient();
        await SendAsync(client);

        _bed.Clock.Advance(TimeSpan.FromSeconds(59));
        await SendAsync(client);
        Assert.Single(_bed.TokenRequests);

        _bed.Clock.Advance(TimeSpan.FromSeconds(2));
        await SendAsync(client);
        Assert.Equal(2, _bed.TokenRequests.Count);
    }

    [Fact]
    public async Task Expires_in_sent_as_a_string_is_understood()
    {
        _bed.TokenEndpointAnswer = (_, _) => Task.FromResult(Respond.Json(HttpStatusCode.OK, """{"token_type":"Bearer","expires_in":"3599","access_token":"v1-token"}"""));
        var client = _bed.CreateClient();

        await SendAsync(client);
        await SendAsync(client);

        Assert.Single(_bed.TokenRequests);
        Assert.All(_bed.ChannelRequests, r => Assert.Equal("Bearer v1-token", r.Authorization));
    }

    [Fact]
    public async Task Concurrent_sends_share_one_token_fetch()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _bed.TokenEndpointAnswer = async (_, _) =>
        {
            await release.Task;
            return _bed.IssueToken();
        };
        var client = _bed.CreateClient();

        // Started on this thread, each send runs until it first waits: the first on the token endpoint, the other four
        // at the fetch gate. So all five are in flight before the token arrives, with no sleep to make sure of it.
        var sends = Enumerable.Range(0, 5).Select(_ => SendAsync(client)).ToList();
        Assert.True(await Eventually.HoldsAsync(() => Task.FromResult(_bed.TokenRequests.Count == 1)));
        Assert.All(sends, send => Assert.False(send.IsCompleted));
        release.SetResult();
        await Task.WhenAll(sends);

        Assert.Single(_bed.TokenRequests);
        Assert.Equal(5, _bed.ChannelRequests.Count);
        Assert.All(_bed.ChannelRequests, r => Assert.Equal("Bearer token-1", r.Authorization));
    }

    [Fact]
    public async Task A_refusal_from_the_token_endpoint_surfaces_as_a_non_final_delivery_error_and_is_not_cached()
    {
        _bed.TokenEndpointAnswer = (_, _) => Task.FromResult(Respond.Json(
            HttpStatusCode.Unauthorized, """{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided."}"""));
        var client = _bed.CreateClient();

        var error = await Assert.ThrowsAsync<ChannelDeliveryException>(() => SendAsync(client));
        Assert.False(error.IsFinal);
        Assert.Contains("401", error.Message, StringComparison.Ordinal);
        Assert.Contains("invalid_client", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ConnectorTestBed.AppPassword, error.Message, StringComparison.Ordinal);
        Assert.Empty(_bed.ChannelRequests);

        _bed.TokenEndpointAnswer = (_, _) => Task.FromResult(_bed.IssueToken());
        await SendAsync(client);
        Assert.Equal(2, _bed.TokenRequests.Count);
        Assert.Single(_bed.ChannelRequests);
    }

    [Fact]
    public async Task An_unreachable_token_endpoint_surfaces_as_a_non_final_delivery_error_with_the_cause()
    {
        _bed.TokenEndpointAnswer = (_, _) => throw new HttpRequestException("Name or service not known (test).");

        var error = await Assert.ThrowsAsync<ChannelDeliveryException>(() => SendAsync(_bed.CreateClient()));

        Assert.False(error.IsFinal);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Empty(_bed.ChannelRequests);
    }

    [Theory]
    [InlineData("""{"token_type":"Bearer","expires_in":3600}""")]
    [InlineData("""<html>maintenance</html>""")]
    [InlineData("")]
    public async Task A_token_answer_without_an_access_token_is_a_delivery_error(string body)
    {
        _bed.TokenEndpointAnswer = (_, _) => Task.FromResult(Respond.Json(HttpStatusCode.OK, body));

        var error = await Assert.ThrowsAsync<ChannelDeliveryException>(() => SendAsync(_bed.CreateClient()));

        Assert.False(error.IsFinal);
        Assert.Contains("access_token", error.Message, StringComparison.Ordinal);
        Assert.Empty(_bed.ChannelRequests);
    }

    [Fact]
    public async Task An_app_id_without_a_password_is_a_delivery_error_without_asking_anyone()
    {
        _bed.BotOptions.MicrosoftAppPassword = "";

        var error = await Assert.ThrowsAsync<ChannelDeliveryException>(() => SendAsync(_bed.CreateClient()));

        Assert.Contains("MicrosoftAppPassword", error.Message, StringComparison.Ordinal);
        Assert.Empty(_bed.Http.Requests);
    }

    private static Task SendAsync(HttpConnectorClient client) => ConnectorTestBed.SendAsync(client);
}
