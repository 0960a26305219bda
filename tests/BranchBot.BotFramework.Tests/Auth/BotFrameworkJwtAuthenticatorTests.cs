using BranchBot.BotFramework.Auth;
using BranchBot.BotFramework.Hosting;
using BranchBot.BotFramework.Schema;
using BranchBot.BotFramework.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BranchBot.BotFramework.Tests.Auth;

public sealed class BotFrameworkJwtAuthenticatorTests : IDisposable
{
    private readonly FakeBotIdentity _identity = new();
    private readonly StepClock _clock = new();
    private readonly RecordingLogger<BotFrameworkJwtAuthenticator> _logger = new();
    private readonly TestSigningKey _channelKey;
    private readonly TestSigningKey _emulatorKey;

    public BotFrameworkJwtAuthenticatorTests()
    {
        _channelKey = _identity.PublishChannelKey("channel-key-1", "msteams", "webchat");
        _emulatorKey = _identity.PublishEmulatorKey("emulator-key-1");
    }

    private DateTimeOffset Now => _clock.GetUtcNow();

    public void Dispose() => _identity.Dispose();

    [Fact]
    public async Task Channel_token_signed_by_an_endorsed_published_key_is_accepted()
    {
        var result = await AuthenticateAsync(Bearer(TokenRecipe.Channel(Now).SignedWith(_channelKey)));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Lifetime_is_judged_by_the_injected_clock_not_the_wall_clock()
    {
        // The fake clock runs in 2031: a token valid then is not yet valid by the real clock.
        Assert.True(StepClock.StartTime > TimeProvider.System.GetUtcNow().AddYears(1));

        var result = await AuthenticateAsync(Bearer(TokenRecipe.Channel(Now).SignedWith(_channelKey)));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task When_no_app_id_is_configured_a_request_without_any_header_is_accepted_and_nothing_is_fetched()
    {
        var options = FakeBotIdentity.Options();
        options.MicrosoftAppId = "";

        var result = await AuthenticateAsync(null, options: options);

        Assert.True(result.Succeeded);
        Assert.Equal(0, _identity.Fetches);
    }

    [Theory]
    [InlineData(null, "no Authorization header")]
    [InlineData("", "no Authorization header")]
    [InlineData("Basic dXNlcjpwYXNz", "not a bearer token")]
    [InlineData("Bearer", "not a bearer token")]
    [InlineData("Bearer two words", "not a bearer token")]
    [InlineData("Bearer abc", "not a well-formed JWT")]
    [InlineData("Bearer not.a.jwt", "not a well-formed JWT")]
    public async Task A_missing_or_garbled_authorization_header_is_rejected(string? header, string reason)
    {
        var result = await AuthenticateAsync(header);

        Assert.False(result.Succeeded);
        Assert.Contains(reason, result.FailureReason, StringComparison.Ordinal);
        Assert.Contains(_logger.Entries, e => e.Level == LogLevel.Information && e.Message.Contains(reason, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln")]
    [InlineData("Bearer e30.e30.")]
    [InlineData("Bearer ....")]
    [InlineData("Bearer eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.a.b.c.d")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOjV9.c2ln")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOm51bGx9.c2ln")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.W10.c2ln")]
    [InlineData("Bearer W10.e30.c2ln")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIn0.!!!")]
    public async Task Odd_token_shapes_are_rejected_without_throwing(string header)
    {
        var result = await AuthenticateAsync(header);

        Assert.False(result.Succeeded);
        Assert.False(string.IsNullOrWhiteSpace(result.FailureReason));
    }

    [Fact]
    public async Task An_unsigned_token_is_rejected()
    {
        var result = await AuthenticateAsync(Bearer(TokenRecipe.Channel(Now).Unsigned()));

        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData(-4, true)]
    [InlineData(-6, false)]
    public async Task An_expired_token_is_accepted_only_within_five_minutes_of_clock_skew(int expiredMinutesAgo, bool accepted)
    {
        var recipe = TokenRecipe.Channel(Now) with { NotBefore = Now.AddHours(-1), Expires = Now.AddMinutes(expiredMinutesAgo) };

        var result = await AuthenticateAsync(Bearer(recipe.SignedWith(_channelKey)));

        Assert.Equal(accepted, result.Succeeded);
        if (!accepted)
        {
            Assert.Contains("expired", result.FailureReason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(6, false)]
    public async Task A_token_from_the_future_is_accepted_only_within_five_minutes_of_clock_skew(int validInMinutes, bool accepted)
    {
        var recipe = TokenRecipe.Channel(Now) with { NotBefore = Now.AddMinutes(validInMinutes) };

        var result = await AuthenticateAsync(Bearer(recipe.SignedWith(_channelKey)));

        Assert.Equal(accepted, result.Succeeded);
        if (!accepted)
        {
            Assert.Contains("not valid yet", result.FailureReason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_token_for_another_bot_is_rejected()
    {
        var recipe = TokenRecipe.Channel(Now) with { Audience = "another-bot-app-id" };

        var result = await AuthenticateAsync(Bearer(recipe.SignedWith(_channelKey)));

        Assert.False(result.Succeeded);
        Assert.Contains("audience", result.FailureReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://api.botframework.evil")]
    [InlineData("https://sts.windows.net/00000000-0000-0000-0000-000000000000/")]
    public async Task A_token_from_an_untrusted_issuer_is_rejected(string issuer)
    {
        var recipe = TokenRecipe.Channel(Now) with { Issuer = issuer };

        var result = await AuthenticateAsync(Bearer(recipe.SignedWith(_channelKey)));

        Assert.False(result.Succeeded);
        Assert.Contains("issuer", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_signed_by_a_key_that_is_not_published_is_rejected_and_triggers_a_metadata_refresh()
    {
        var rogueKey = new TestSigningKey("rogue-key", ["msteams"]);

        var result = await AuthenticateAsync(Bearer(TokenRecipe.Channel(Now).SignedWith(rogueKey)));

        Assert.False(result.Succeeded);
        Assert.Contains("not in the OpenID metadata", result.FailureReason, StringComparison.Ordinal);
        Assert.True(await Eventually.HoldsAsync(() => Task.FromResult(_identity.ChannelKeyFetches == 2)), "the keys were not fetched again");
    }

    [Fact]
    public async Task A_token_that_claims_a_published_key_id_but_is_signed_by_another_key_is_rejected()
    {
        var impostor = new TestSigningKey(_channelKey.KeyId, ["msteams"], material: "impostor");

        var result = await AuthenticateAsync(Bearer(TokenRecipe.Channel(Now).SignedWith(impostor)));

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task A_newly_published_key_is_picked_up_by_a_background_refresh_and_refreshes_are_rate_limited()
    {
        var authenticator = CreateAuthenticator();
        Assert.True((await authenticator.AuthenticateAsync(Bearer(TokenRecipe.Channel(Now).SignedWith(_channelKey)), TeamsActivity(), default)).Succeeded);
        Assert.Equal(1, _identity.ChannelKeyFetches);

        // IdentityModel 8 refreshes in the background: the request that meets the new key is rejected, later ones pass.
        var rolledKey = _identity.PublishChannelKey("channel-key-2", "msteams");
        var rolledToken = Bearer(TokenRecipe.Channel(Now).SignedWith(rolledKey));
        Assert.False((await authenticator.AuthenticateAsync(rolledToken, TeamsActivity(), default)).Succeeded);
        Assert.True(await Eventually.HoldsAsync(async () => (await authenticator.AuthenticateAsync(rolledToken, TeamsActivity(), default)).Succeeded));
        Assert.Equal(2, _identity.ChannelKeyFetches);

        Assert.Equal(1, authenticator.ChannelKeyRefreshesRequested);

        // Within five minutes of that refresh, unknown keys do not start another; after five minutes one may.
        var rogueKey = new TestSigningKey("rogue-key", ["msteams"]);
        Assert.False((await authenticator.AuthenticateAsync(Bearer(TokenRecipe.Channel(Now).SignedWith(rogueKey)), TeamsActivity(), default)).Succeeded);
        _clock.Advance(OpenIdMetadataSource.RefreshLimit - TimeSpan.FromSeconds(1));
        Assert.False((await authenticator.AuthenticateAsync(Bearer(TokenRecipe.Channel(Now).SignedWith(rogueKey)), TeamsActivity(), default)).Succeeded);
        Assert.Equal(1, authenticator.ChannelKeyRefreshesRequested);

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False((await authenticator.AuthenticateAsync(Bearer(TokenRecipe.Channel(Now).SignedWith(rogueKey)), TeamsActivity(), default)).Succeeded);
        Assert.Equal(2, authenticator.ChannelKeyRefreshesRequested);
    }

    [Fact]
    public async Task Metadata_is_cached_between_requests()
    {
        var authenticator = CreateAuthenticator();
        for (var i = 0; i < 3; i++)
        {
            var result = await authenticator.AuthenticateAsync(Bearer(TokenRecipe.Channel(Now).SignedWith(_channelKey)), TeamsActivity(), default);
            Assert.True(result.Succeeded, result.FailureReason);
        }

        Assert.Equal(2, _identity.Fetches);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/amer")]
    [InlineData("HTTPS://SMBA.TrafficManager.NET/amer/")]
    [InlineData("https://smba.trafficmanager.net:443/amer/")]
    public async Task The_serviceurl_claim_matches_regardless_of_trailing_slash_and_host_case(string activityServiceUrl)
    {
        var result = await AuthenticateAsync(Bearer(TokenRecipe.Channel(Now).SignedWith(_channelKey)), TeamsActivity(serviceUrl: activityServiceUrl));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/AMER/")]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("https://attacker.example/amer/")]
    public async Task A_serviceurl_claim_for_another_service_url_is_rejected(string activityServiceUrl)
    {
        var result = await AuthenticateAsync(Bearer(TokenRecipe.Channel(Now).SignedWith(_channelKey)), TeamsActivity(serviceUrl: activityServiceUrl));

        Assert.False(result.Succeeded);
        Assert.Contains("serviceurl claim does not match", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_channel_token_without_a_serviceurl_claim_is_rejected()
    {
        var result = await AuthenticateAsync(Bearer(TokenRecipe.Channel(Now).WithoutClaim("serviceurl").SignedWith(_channelKey)));

        Assert.False(result.Succeeded);
        Assert.Contains("no serviceurl claim", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_not_endorsed_for_the_activitys_channel_is_rejected()
    {
        var result = await AuthenticateAsync(Bearer(TokenRecipe.Channel(Now).SignedWith(_channelKey)), TeamsActivity(channelId: "slack"));

        Assert.False(result.Succeeded);
        Assert.Contains("not endorsed for channel 'slack'", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_published_without_endorsements_is_not_trusted_for_any_channel()
    {
        var bareKey = _identity.PublishChannelKeyWithoutEndorsements("bare-key");

        var result = await AuthenticateAsync(Bearer(TokenRecipe.Channel(Now).SignedWith(bareKey)));

        Assert.False(result.Succeeded);
        Assert.Contains("not endorsed", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_activity_without_a_channel_id_cannot_pass_the_endorsement_check()
    {
        var result = await AuthenticateAsync(Bearer(TokenRecipe.Channel(Now).SignedWith(_channelKey)), TeamsActivity(channelId: null));

        Assert.False(result.Succeeded);
        Assert.Contains("no channelId", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreachable_metadata_rejects_the_request_and_logs_a_warning_instead_of_throwing()
    {
        _identity.Unreachable = true;

        var result = await AuthenticateAsync(Bearer(TokenRecipe.Channel(Now).SignedWith(_channelKey)));

        Assert.False(result.Succeeded);
        Assert.Contains("unavailable", result.FailureReason, StringComparison.Ordinal);
        var warning = Assert.Single(_logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains(FakeBotIdentity.ChannelMetadataUrl, warning.Message, StringComparison.Ordinal);
        Assert.NotNull(warning.Exception);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public async Task Plain_http_metadata_is_refused_unless_insecure_metadata_is_allowed(bool allowInsecure, bool accepted)
    {
        var options = FakeBotIdentity.Options();
        options.OpenIdMetadataUrl = FakeBotIdentity.ChannelMetadataUrl.Replace("https://", "http://", StringComparison.Ordinal);
        options.AllowInsecureMetadata = allowInsecure;

        var result = await AuthenticateAsync(Bearer(TokenRecipe.Channel(Now).SignedWith(_channelKey)), options: options);

        Assert.Equal(accepted, result.Succeeded);
    }

    [Fact]
    public async Task Emulator_v1_token_with_this_bots_appid_is_accepted()
    {
        var result = await AuthenticateAsync(Bearer(TokenRecipe.EmulatorV1(Now).SignedWith(_emulatorKey)), EmulatorActivity());

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Emulator_v2_token_with_this_bots_azp_is_accepted()
    {
        var result = await AuthenticateAsync(Bearer(TokenRecipe.EmulatorV2(Now).SignedWith(_emulatorKey)), EmulatorActivity());

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Emulator_v1_token_requested_by_another_app_is_rejected()
    {
        var result = await AuthenticateAsync(Bearer(TokenRecipe.EmulatorV1(Now, appId: "someone-else").SignedWith(_emulatorKey)), EmulatorActivity());

        Assert.False(result.Succeeded);
        Assert.Contains("appid claim", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emulator_v2_token_requested_by_another_app_is_rejected()
    {
        var result = await AuthenticateAsync(Bearer(TokenRecipe.EmulatorV2(Now, appId: "someone-else").SignedWith(_emulatorKey)), EmulatorActivity());

        Assert.False(result.Succeeded);
        Assert.Contains("azp claim", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emulator_v2_token_is_checked_on_azp_not_appid()
    {
        var recipe = TokenRecipe.EmulatorV2(Now).WithoutClaim("azp").WithClaim("appid", FakeBotIdentity.AppId);

        var result = await AuthenticateAsync(Bearer(recipe.SignedWith(_emulatorKey)), EmulatorActivity());

        Assert.False(result.Succeeded);
        Assert.Contains("azp claim", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emulator_token_of_an_unknown_version_is_rejected()
    {
        var recipe = TokenRecipe.EmulatorV2(Now).WithClaim("ver", "3.0");

        var result = await AuthenticateAsync(Bearer(recipe.SignedWith(_emulatorKey)), EmulatorActivity());

        Assert.False(result.Succeeded);
        Assert.Contains("unknown version", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emulator_token_for_another_audience_is_rejected()
    {
        var recipe = TokenRecipe.EmulatorV1(Now) with { Audience = "https://graph.microsoft.com" };

        var result = await AuthenticateAsync(Bearer(recipe.SignedWith(_emulatorKey)), EmulatorActivity());

        Assert.False(result.Succeeded);
        Assert.Contains("audience", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emulator_token_is_checked_against_the_emulator_keys_not_the_channel_keys()
    {
        var result = await AuthenticateAsync(Bearer(TokenRecipe.EmulatorV1(Now).SignedWith(_channelKey)), EmulatorActivity());

        Assert.False(result.Succeeded);
        Assert.Contains("not in the OpenID metadata", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Channel_token_is_checked_against_the_channel_keys_not_the_emulator_keys()
    {
        var result = await AuthenticateAsync(Bearer(TokenRecipe.Channel(Now).SignedWith(_emulatorKey)));

        Assert.False(result.Succeeded);
        Assert.Contains("not in the OpenID metadata", result.FailureReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://sts.windows.net/{0}/", "1.0", "appid")]
    [InlineData("https://login.microsoftonline.com/{0}/v2.0", "2.0", "azp")]
    public async Task Emulator_tokens_from_the_configured_tenant_are_accepted_only_when_a_tenant_is_configured(string issuerFormat, string version, string appIdClaim)
    {
        const string tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
        var recipe = TokenRecipe.EmulatorV1(Now).WithoutClaim("appid").WithClaim("ver", version).WithClaim(appIdClaim, FakeBotIdentity.AppId)
            with { Issuer = string.Format(System.Globalization.CultureInfo.InvariantCulture, issuerFormat, tenant) };
        var token = Bearer(recipe.SignedWith(_emulatorKey));

        var withTenant = await AuthenticateAsync(token, EmulatorActivity(), FakeBotIdentity.Options(tenantId: tenant));
        var withoutTenant = await AuthenticateAsync(token, EmulatorActivity(), FakeBotIdentity.Options());

        Assert.True(withTenant.Succeeded, withTenant.FailureReason);
        Assert.False(withoutTenant.Succeeded);
    }

    private BotFrameworkJwtAuthenticator CreateAuthenticator(BotFrameworkOptions? options = null) =>
        new(Options.Create(options ?? FakeBotIdentity.Options()), new StubHttpClientFactory(_identity), _clock, _logger);

    private Task<ChannelAuthenticationResult> AuthenticateAsync(string? header, Activity? activity = null, BotFrameworkOptions? options = null) =>
        CreateAuthenticator(options).AuthenticateAsync(header, activity ?? TeamsActivity(), CancellationToken.None);

    private static string Bearer(string token) => "Bearer " + token;

    private static Activity TeamsActivity(string? channelId = FakeBotIdentity.ChannelId, string serviceUrl = FakeBotIdentity.ServiceUrl) => new()
    {
        Type = ActivityTypes.Message,
        Id = "activity-1",
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
        From = new ChannelAccount { Id = "user-1" },
        Recipient = new ChannelAccount { Id = "bot-1" },
        Conversation = new ConversationAccount { Id = "conversation-1" },
        Text = "你好",
    };

    private static Activity EmulatorActivity() => TeamsActivity(channelId: "emulator", serviceUrl: "http://localhost:51234");
}
