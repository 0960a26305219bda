using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using BranchBot.BotFramework.Hosting;

namespace BranchBot.BotFramework.Tests.Support;

/// <summary>
/// Serves the two OpenID metadata documents and their JWKS (Bot Framework channels and the Emulator's Azure AD)
/// from keys the test controls, and counts every fetch.
/// </summary>
internal sealed class FakeBotIdentity : HttpMessageHandler
{
    public const string AppId = "5f0c1c1e-7a36-4a3e-9d2b-0b1a2c3d4e5f";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    public const string ChannelId = "msteams";

    public const string ChannelMetadataUrl = "https://login.botframework.test/v1/.well-known/openidconfiguration";
    public const string EmulatorMetadataUrl = "https://login.emulator.test/botframework.com/v2.0/.well-known/openid-configuration";

    private const string ChannelKeysPath = "/v1/.well-known/keys";
    private const string EmulatorKeysPath = "/botframework.com/discovery/v2.0/keys";

    private readonly List<TestSigningKey> _channelKeys = [];
    private readonly List<TestSigningKey> _emulatorKeys = [];
    private readonly ConcurrentQueue<Uri> _fetches = new();

    /// <summary>When set, every fetch fails as if the host refused the connection.</summary>
    public bool Unreachable { get; set; }

    public int Fetches => _fetches.Count;

    public int ChannelKeyFetches => _fetches.Count(u => u.AbsolutePath == ChannelKeysPath);

    public TestSigningKey PublishChannelKey(string keyId, params string[] endorsements) => Publish(_channelKeys, new TestSigningKey(keyId, endorsements));

    public TestSigningKey PublishChannelKeyWithoutEndorsements(string keyId) => Publish(_channelKeys, new TestSigningKey(keyId, null));

    public TestSigningKey PublishEmulatorKey(string keyId) => Publish(_emulatorKeys, new TestSigningKey(keyId, null));

    public static BotFrameworkOptions Options(string? tenantId = null) => new()
    {
        MicrosoftAppId = AppId,
        MicrosoftAppTenantId = tenantId,
        OpenIdMetadataUrl = ChannelMetadataUrl,
        EmulatorOpenIdMetadataUrl = EmulatorMetadataUrl,
    };

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        _fetches.Enqueue(uri);
        if (Unreachable)
        {
            throw new HttpRequestException("Connection refused (test).");
        }

        // Both documents are served over whichever scheme they were asked for, so the https rule can be tested.
        var origin = uri.GetLeftPart(UriPartial.Authority);
        var json = uri.AbsolutePath switch
        {
            "/v1/.well-known/openidconfiguration" => Metadata(BotFrameworkOptions.BotFrameworkIssuer, origin + ChannelKeysPath),
            ChannelKeysPath => Jwks(_channelKeys),
            "/botframework.com/v2.0/.well-known/openid-configuration" => Metadata("https://login.microsoftonline.com/{tenantid}/v2.0", origin + EmulatorKeysPath),
            EmulatorKeysPath => Jwks(_emulatorKeys),
            _ => null,
        };
        return Task.FromResult(json is null ? Respond.Status(HttpStatusCode.NotFound) : Respond.Json(HttpStatusCode.OK, json));
    }

    private static TestSigningKey Publish(List<TestSigningKey> keys, TestSigningKey key)
    {
        lock (keys)
        {
            keys.Add(key);
        }

        return key;
    }

    private static string Metadata(string issuer, string jwksUri) => new JsonObject
    {
        ["issuer"] = issuer,
        ["authorization_endpoint"] = "https://invalid.test/authorize",
        ["jwks_uri"] = jwksUri,
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
    }.ToJsonString();

    private static string Jwks(List<TestSigningKey> keys)
    {
        lock (keys)
        {
            return new JsonObject { ["keys"] = new JsonArray([.. keys.Select(k => (JsonNode)k.ToJwk())]) }.ToJsonString();
        }
    }
}
