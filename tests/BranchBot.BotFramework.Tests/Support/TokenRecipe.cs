using BranchBot.BotFramework.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BranchBot.BotFramework.Tests.Support;

/// <summary>What goes into a test JWT; tests change one ingredient with <c>with</c> and sign.</summary>
internal sealed record TokenRecipe(string Issuer, string Audience, DateTimeOffset NotBefore, DateTimeOffset Expires, IReadOnlyDictionary<string, object> Claims)
{
    public const string EmulatorV1Issuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";
    public const string EmulatorV2Issuer = "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0";

    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public static TokenRecipe Channel(DateTimeOffset now, string serviceUrl = FakeBotIdentity.ServiceUrl) =>
        new(BotFrameworkOptions.BotFrameworkIssuer, FakeBotIdentity.AppId, now.AddMinutes(-1), now.AddHours(1),
            new Dictionary<string, object> { ["serviceurl"] = serviceUrl });

    public static TokenRecipe EmulatorV1(DateTimeOffset now, string appId = FakeBotIdentity.AppId) =>
        new(EmulatorV1Issuer, FakeBotIdentity.AppId, now.AddMinutes(-1), now.AddHours(1),
            new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = appId });

    public static TokenRecipe EmulatorV2(DateTimeOffset now, string appId = FakeBotIdentity.AppId) =>
        new(EmulatorV2Issuer, FakeBotIdentity.AppId, now.AddMinutes(-1), now.AddHours(1),
            new Dictionary<string, object> { ["ver"] = "2.0", ["azp"] = appId });

    public TokenRecipe WithClaim(string name, object value) => this with { Claims = new Dictionary<string, object>(Claims) { [name] = value } };

    public TokenRecipe WithoutClaim(string name)
    {
        var claims = new Dictionary<string, object>(Claims);
        claims.Remove(name);
        return this with { Claims = claims };
    }

    public string SignedWith(TestSigningKey key) => Create(new SigningCredentials(key.SecurityKey, SecurityAlgorithms.RsaSha256));

    /// <summary>An "alg: none" token: a header and payload with no signature.</summary>
    public string Unsigned() => Create(null);

    private string Create(SigningCredentials? credentials) => Handler.CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = Audience,
        IssuedAt = NotBefore.UtcDateTime,
        NotBefore = NotBefore.UtcDateTime,
        Expires = Expires.UtcDateTime,
        Claims = Claims.ToDictionary(),
        SigningCredentials = credentials,
    });
}
