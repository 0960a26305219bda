using System.Text.Json.Serialization;
using BranchBot.BotFramework.DirectLine.Security;

namespace BranchBot.BotFramework.DirectLine.Endpoints;

/// <summary>The Direct Line Conversation object; <c>streamUrl</c> is absent from token answers.</summary>
internal sealed record ConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl)
{
    public static ConversationResponse From(IssuedToken token, string? streamUrl = null) =>
        new(token.ConversationId, token.Token, token.ExpiresInSeconds, streamUrl);
}

/// <summary>Optional body of tokens/generate: the user the token should bind.</summary>
internal sealed record TokenGenerateRequest(TokenGenerateUser? User);

internal sealed record TokenGenerateUser(string? Id, string? Name);
