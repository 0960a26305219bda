using BranchBot.BotFramework.Schema;

namespace BranchBot.BotFramework.Auth;

/// <summary>Decides whether an incoming /api/messages request really comes from a Bot Framework channel.</summary>
public interface IChannelRequestAuthenticator
{
    Task<ChannelAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}

public sealed record ChannelAuthenticationResult(bool Succeeded, string? FailureReason)
{
    public static ChannelAuthenticationResult Success { get; } = new(true, null);

    public static ChannelAuthenticationResult Fail(string reason) => new(false, reason);
}
