using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace BranchBot.BotFramework.Tests.Support;

/// <summary>An RSA key pair of our own, published as a JWK (with Bot Framework endorsements when given) and used to sign tokens.</summary>
internal sealed class TestSigningKey
{
    // Generating a 2048-bit key takes a good part of a second; tests share key material by name instead.
    private static readonly ConcurrentDictionary<string, RSA> Material = new(StringComparer.Ordinal);

    private readonly RSA _rsa;

    /// <param name="material">Names the RSA key pair; defaults to the key id. Same name, same key pair.</param>
    public TestSigningKey(string keyId, IReadOnlyList<string>? endorsements, string? material = null)
    {
        _rsa = Material.GetOrAdd(material ?? keyId, _ => RSA.Create(2048));
        KeyId = keyId;
        Endorsements = endorsements;
        SecurityKey = new RsaSecurityKey(_rsa) { KeyId = keyId };
    }

    public string KeyId { get; }

    /// <summary>Null: the JWK has no endorsements member at all.</summary>
    public IReadOnlyList<string>? Endorsements { get; }

    public RsaSecurityKey SecurityKey { get; }

    public JsonObject ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = new JsonArray([.. Endorsements.Select(e => (JsonNode)JsonValue.Create(e))]);
        }

        return jwk;
    }
}
