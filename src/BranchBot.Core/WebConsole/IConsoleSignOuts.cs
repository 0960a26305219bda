namespace BranchBot.Core.WebConsole;

/// <summary>
/// Console sessions ended before their cookie expires: one by 退出 in the browser, or every session of a member by
/// 退出控制台 in chat (a computer left signed in, a cookie that may have been copied). The cookie alone would stay
/// valid for its whole lifetime.
/// </summary>
public interface IConsoleSignOuts
{
    /// <summary>Ends one session; kept until <paramref name="sessionExpiresAt"/>, after which the cookie is dead anyway.</summary>
    ValueTask EndSessionAsync(string sessionId, DateTimeOffset sessionExpiresAt, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Ends every session of the member started at or before <paramref name="now"/>.</summary>
    ValueTask EndAllSessionsAsync(string memberId, DateTimeOffset now, DateTimeOffset longestSessionEnd, CancellationToken cancellationToken);

    /// <summary>Whether the session was ended, on its own or with all of its member's sessions.</summary>
    ValueTask<bool> IsEndedAsync(string sessionId, string memberId, DateTimeOffset sessionStartedAt, CancellationToken cancellationToken);
}
