using BranchBot.Core.Delivery;

namespace BranchBot.Storage.Postgres.Delivery;

/// <summary>
/// The deployment's send slots as one row (<c>delivery_rate</c>): the time the next free slot starts. Taking slots
/// moves it on by their length in one statement, so two instances never hold the same slot.
/// </summary>
public sealed class PostgresDeliveryRateLedger(PostgresDatabase database) : IDeliveryRateLedger
{
    public async ValueTask<DateTimeOffset> TakeAsync(int tokens, TimeSpan interval, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(tokens, 1);
        var span = (interval * tokens).Ticks;
        var first = (long)(await database.ScalarAsync(
            "UPDATE delivery_rate SET next_ticks = greatest(next_ticks, @now) + @span WHERE id = 1 RETURNING next_ticks - @span",
            cancellationToken, ("now", now.UtcTicks), ("span", span)).ConfigureAwait(false))!;
        return new DateTimeOffset(first, TimeSpan.Zero);
    }

    public async ValueTask PauseUntilAsync(DateTimeOffset until, CancellationToken cancellationToken) =>
        await database.ExecuteAsync(
            "UPDATE delivery_rate SET next_ticks = greatest(next_ticks, @until) WHERE id = 1", cancellationToken, ("until", until.UtcTicks)).ConfigureAwait(false);
}
