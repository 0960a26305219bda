using BranchBot.Core.Scheduling;

namespace BranchBot.Storage.Postgres.Scheduling;

/// <summary>"This was sent" markers: the primary key lets exactly one caller, on any instance, mark a key.</summary>
public sealed class PostgresSentMarkerStore(PostgresDatabase database) : ISentMarkerStore
{
    public async ValueTask<bool> TryMarkAsync(string key, DateTimeOffset at, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            "INSERT INTO sent_markers (key, sent_ticks) VALUES (@key, @at) ON CONFLICT DO NOTHING", cancellationToken, ("key", key), ("at", at.UtcTicks)).ConfigureAwait(false) == 1;

    public async ValueTask<bool> IsMarkedAsync(string key, CancellationToken cancellationToken) =>
        await database.ScalarAsync("SELECT 1 FROM sent_markers WHERE key = @key", cancellationToken, ("key", key)).ConfigureAwait(false) is not null;
}
