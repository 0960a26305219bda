using BranchBot.BotFramework.WeCom;
using BranchBot.Storage.Postgres;

namespace BranchBot.WeCom;

/// <summary>
/// The handled 企业微信 callbacks and card presses in PostgreSQL (<c>wecom_receipts</c>), as
/// <see cref="LiteDbWeComReceiptLog"/> keeps them in LiteDB: the key is the primary key, so of two instances given the
/// same retried delivery only one handles it.
/// </summary>
internal sealed class PostgresWeComReceiptLog : IWeComReceiptLog
{
    private readonly PostgresDatabase _database;
    private readonly TimeProvider _time;

    public PostgresWeComReceiptLog(PostgresDatabase database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _time = time;
        var cutoff = (time.GetUtcNow() - LiteDbWeComReceiptLog.Retention).UtcTicks;
        database.ExecuteAsync("DELETE FROM wecom_receipts WHERE at_ticks < @cutoff", CancellationToken.None, ("cutoff", cutoff)).GetAwaiter().GetResult();
    }

    public async ValueTask<bool> TryRecordAsync(string key, CancellationToken cancellationToken) =>
        await _database.ExecuteAsync(
            "INSERT INTO wecom_receipts (key, at_ticks) VALUES (@key, @at) ON CONFLICT (key) DO NOTHING",
            cancellationToken, ("key", key), ("at", _time.GetUtcNow().UtcTicks)).ConfigureAwait(false) == 1;
}
