using BranchBot.Core.WebConsole;

namespace BranchBot.Storage.Postgres.WebConsole;

/// <summary>Used one-time console links: the primary key makes a link work once, whichever instance serves it.</summary>
public sealed class PostgresConsoleLoginLedger(PostgresDatabase database) : IConsoleLoginLedger
{
    public async ValueTask<bool> TryConsumeAsync(string linkId, DateTimeOffset expiresAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(linkId);

        // Links past their expiry are refused before they get here, so their ids need not be kept.
        await database.ExecuteAsync("DELETE FROM console_used_logins WHERE expires_ticks < @now", cancellationToken, ("now", now.UtcTicks)).ConfigureAwait(false);
        return await database.ExecuteAsync(
            "INSERT INTO console_used_logins (link_id, expires_ticks) VALUES (@id, @expires) ON CONFLICT DO NOTHING",
            cancellationToken, ("id", linkId), ("expires", expiresAt.UtcTicks)).ConfigureAwait(false) == 1;
    }

    public async ValueTask<bool> IsUsedAsync(string linkId, CancellationToken cancellationToken) =>
        await database.ScalarAsync("SELECT 1 FROM console_used_logins WHERE link_id = @id", cancellationToken, ("id", linkId)).ConfigureAwait(false) is not null;
}
