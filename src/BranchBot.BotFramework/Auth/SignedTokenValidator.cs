using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace BranchBot.BotFramework.Auth;

/// <summary>
/// Checks issuer, audience, lifetime (5 minutes of skew, on the injected clock) and RS256 signature against the
/// keys of one OpenID metadata source. A token signed by a key the cache does not know yet triggers a refresh.
/// </summary>
internal sealed class SignedTokenValidator(OpenIdMetadataSource metadata, TimeProvider timeProvider)
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private static readonly JsonWebTokenHandler TokenHandler = new();

    public OpenIdMetadataSource Metadata => metadata;

    public async Task<SignedTokenCheck> ValidateAsync(string token, IEnumerable<string> validIssuers, string audience, CancellationToken cancellationToken)
    {
        var configuration = await metadata.GetAsync(cancellationToken);
        if (configuration is null)
        {
            return SignedTokenCheck.Failed($"The OpenID metadata at {metadata.MetadataUrl} is unavailable.");
        }

        var result = await ValidateWithKeysAsync(token, configuration, validIssuers, audience);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // Keys roll over: a key we have not seen may be new. IdentityModel 8 refreshes in the background, so
            // this request stays rejected and the following ones see the new keys.
            metadata.RequestRefresh();
        }

        return result.IsValid && result.SecurityToken is JsonWebToken validated
            ? SignedTokenCheck.Passed(validated, configuration)
            : SignedTokenCheck.Failed(TokenFailureReasons.Describe(result.Exception));
    }

    private Task<TokenValidationResult> ValidateWithKeysAsync(
        string token, OpenIdConnectConfiguration configuration, IEnumerable<string> validIssuers, string audience) =>
        TokenHandler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuers = validIssuers,
            ValidAudience = audience,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            LifetimeValidator = ValidateLifetime,
        });

    // IdentityModel reads the wall clock in its own lifetime check; this one reads the injected clock.
    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        if (expires is null)
        {
            throw new SecurityTokenNoExpirationException("The token has no expiry.");
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        if (notBefore is { } start && start > now + ClockSkew)
        {
            throw new SecurityTokenNotYetValidException("The token is not valid yet.") { NotBefore = start };
        }

        if (expires.Value < now - ClockSkew)
        {
            throw new SecurityTokenExpiredException("The token has expired.") { Expires = expires.Value };
        }

        return true;
    }
}

/// <summary>The outcome of <see cref="SignedTokenValidator"/>: the validated token and the metadata it was checked against, or why not.</summary>
internal sealed record SignedTokenCheck(JsonWebToken? Token, OpenIdConnectConfiguration? Configuration, string? FailureReason)
{
    public static SignedTokenCheck Passed(JsonWebToken token, OpenIdConnectConfiguration configuration) => new(token, configuration, null);

    public static SignedTokenCheck Failed(string reason) => new(null, null, reason);
}
