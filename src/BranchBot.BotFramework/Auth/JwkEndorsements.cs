using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace BranchBot.BotFramework.Auth;

/// <summary>
/// The Bot Framework JWKS lists, per signing key, the channels that key may speak for in a non-standard
/// <c>endorsements</c> member. IdentityModel keeps unknown JWK members in <c>JsonWebKey.AdditionalData</c>
/// (as a <see cref="JsonElement"/> in the 8.x serializer). Any other shape counts as no endorsements, so a change
/// in that representation fails closed.
/// </summary>
internal static class JwkEndorsements
{
    public const string MemberName = "endorsements";

    public static bool Endorses(OpenIdConnectConfiguration configuration, string? keyId, string channelId)
    {
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.KeyId, keyId, StringComparison.Ordinal));
        if (key is null || !key.AdditionalData.TryGetValue(MemberName, out var endorsements))
        {
            return false;
        }

        return endorsements is JsonElement { ValueKind: JsonValueKind.Array } array
            && array.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.String && e.GetString() == channelId);
    }
}
