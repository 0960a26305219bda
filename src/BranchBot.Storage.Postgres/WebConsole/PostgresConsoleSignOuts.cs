using BranchBot.Core.WebConsole;

namespace BranchBot.Storage.Postgres.WebConsole;

/// <summary>Console sessions ended before their cookie expires: one session, or every session of a member up to a time.</summary>
public sealed class PostgresConsoleSignOuts(PostgresDatabase database) : IConsoleSignOuts
{
    public ValueTask EndSessionAsync(string sessionId, DateTimeOffset sessionExpiresAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sessionId);
        return SaveAsync(SessionKey(sessionId), now, sessionExpiresAt, cancellationToken);
    }

    public ValueTask EndAllSessionsAsync(string memberId, DateTimeOffset now, DateTimeOffset longestSessionEnd, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(memberId);
        return SaveAsync(MemberKey(memberId), now, longestSessionEnd, cancellationToken);
    }

    public async ValueTask<bool> IsEndedAsync(string sessionId, string memberId, DateTimeOffset sessionStartedAt, CancellationToken cancellationToken) =>
        await database.ScalarAsync(
            "SELECT 1 FROM console_sign_outs WHERE key = @session OR (key = @member AND at_ticks >= @started)",
            cancellationToken, ("session", SessionKey(sessionId)), ("member", MemberKey(memberId)), ("started", sessionStartedAt.UtcTicks)).ConfigureAwait(false) is not null;

    private async ValueTask SaveAsync(string key, DateTimeOffset now, DateTimeOffset forgetAfter, CancellationToken cancellationToken)
    {
        await database.InTransactionAsync(async session =>
        {
            await session.ExecuteAsync("DELETE FROM console_sign_outs WHERE forget_after_ticks < @now", cancellationToken, ("now", now.UtcTicks)).ConfigureAwait(false);
            await Rows.UpsertAsync(session, "console_sign_outs", "key", cancellationToken, ("key", key), ("at_ticks", now.UtcTicks), ("forget_after_ticks", forgetAfter.UtcTicks)).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    private static string SessionKey(string sessionId) => "session:" + sessionId;

    private static string MemberKey(string memberId) => "member:" + memberId;
}
