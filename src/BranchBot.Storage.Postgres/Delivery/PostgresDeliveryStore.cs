using BranchBot.Core.Delivery;
using Npgsql;

namespace BranchBot.Storage.Postgres.Delivery;

/// <summary>
/// The outbox in <c>delivery_items</c>, one row per (batch, member), unique. Claiming moves due pending rows to in
/// flight in one statement that skips rows another worker (or instance) has locked, so no two workers take one item.
/// </summary>
public sealed class PostgresDeliveryStore(PostgresDatabase database, DeliveryClaimant claimant) : IDeliveryStore
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(10);
    private long _nextSweepTicks;

    private const string Columns = "batch_id, member_id, message, state, attempts, next_attempt_ticks, created_ticks, updated_ticks, completed_ticks, last_error";
    private const string UnknownReason = "the process stopped while this was being sent; whether it arrived is unknown";

    public async Task<int> AddAsync(DeliveryRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await database.WithSessionAsync(session => AddWithinAsync(session, request, now, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Queues the request in the caller's session (and its transaction, when it has one): another store's change and the
    /// notice that tells of it are then stored together or not at all. One pending item per member not yet in the batch.
    /// </summary>
    internal static Task<int> AddWithinAsync(PostgresSession session, DeliveryRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var members = request.MemberIds.Distinct(StringComparer.Ordinal).ToArray();
        return session.ExecuteAsync(
            """
            INSERT INTO delivery_items (id, batch_id, member_id, message, state, attempts, next_attempt_ticks, created_ticks, updated_ticks)
            SELECT @batch || chr(31) || u.member, @batch, u.member, @message, @pending, 0, @due, @now, @now
            FROM unnest(@members::text[]) WITH ORDINALITY AS u(member, position)
            ORDER BY u.position
            ON CONFLICT DO NOTHING
            """,
            cancellationToken,
            ("batch", request.BatchId), ("message", Documents.Json(request.Message)), ("pending", (int)DeliveryState.Pending),
            ("due", (request.NotBefore ?? now).UtcTicks), ("now", now.UtcTicks), ("members", members));
    }

    public Task<int> CancelPendingAsync(string batchId, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            "UPDATE delivery_items SET state = @cancelled, updated_ticks = @now, completed_ticks = @now WHERE batch_id = @batch AND state = @pending",
            cancellationToken, ("cancelled", (int)DeliveryState.Cancelled), ("now", now.UtcTicks), ("batch", batchId), ("pending", (int)DeliveryState.Pending));

    public async Task<IReadOnlyList<DeliveryItem>> GetBatchAsync(string batchId, CancellationToken cancellationToken) =>
        await database.QueryAsync(
            $"SELECT {Columns} FROM delivery_items WHERE batch_id = @batch ORDER BY created_ticks, member_id COLLATE \"C\"",
            Read, cancellationToken, ("batch", batchId)).ConfigureAwait(false);

    public Task<IReadOnlyList<DeliveryItem>> RecordAndClaimAsync(IReadOnlyList<DeliveryItemUpdate> results, DateTimeOffset now, int max, CancellationToken cancellationToken) =>
        RecordAndClaimAsync(batchId: null, results, now, max, cancellationToken);

    public Task<IReadOnlyList<DeliveryItem>> RecordAndClaimBatchAsync(
        string batchId, IReadOnlyList<DeliveryItemUpdate> results, DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(batchId);
        return RecordAndClaimAsync((string?)batchId, results, now, max, cancellationToken);
    }

    private async Task<IReadOnlyList<DeliveryItem>> RecordAndClaimAsync(
        string? batchId, IReadOnlyList<DeliveryItemUpdate> results, DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count == 0 && max <= 0)
        {
            return [];
        }

        return await database.InTransactionAsync<IReadOnlyList<DeliveryItem>>(async session =>
        {
            await RecordAsync(session, results, cancellationToken).ConfigureAwait(false);
            if (max <= 0)
            {
                return [];
            }

            // Claims of an instance that stopped without coming back: their lease is over, the send's outcome unknown.
            // Leases last minutes, so looking for them now and then is enough; not in every claim.
            if (TakeSweepTurn(now))
            {
                await session.ExecuteAsync(
                    $"UPDATE delivery_items SET {MarkedUnknown} WHERE state = @inFlight AND lease_ticks < @now",
                    cancellationToken, ("unknown", (int)DeliveryState.Unknown), ("reason", UnknownReason), ("now", now.UtcTicks), ("inFlight", (int)DeliveryState.InFlight)).ConfigureAwait(false);
            }

            var batchFilter = batchId is null ? string.Empty : "AND batch_id = @batch";
            var claimed = await session.QueryAsync(
                $"""
                UPDATE delivery_items SET state = @inFlight, updated_ticks = @now, claimed_by = @instance, lease_ticks = @lease
                WHERE id IN (
                    SELECT id FROM delivery_items
                    WHERE state = @pending AND next_attempt_ticks <= @now {batchFilter}
                    ORDER BY next_attempt_ticks, created_ticks, sequence
                    LIMIT @max
                    FOR UPDATE SKIP LOCKED)
                RETURNING {Columns}, sequence
                """,
                r => (Item: Read(r), Due: r.GetInt64(5), Created: r.GetInt64(6), Sequence: r.GetInt64(10)),
                cancellationToken,
                ("inFlight", (int)DeliveryState.InFlight), ("now", now.UtcTicks), ("pending", (int)DeliveryState.Pending), ("batch", batchId ?? string.Empty), ("max", max),
                ("instance", claimant.Instance), ("lease", (now + claimant.Lease).UtcTicks)).ConfigureAwait(false);
            return [.. claimed.OrderBy(c => c.Due).ThenBy(c => c.Created).ThenBy(c => c.Sequence).Select(c => c.Item)];
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task RecordAsync(IReadOnlyList<DeliveryItemUpdate> updates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updates);
        if (updates.Count == 0)
        {
            return;
        }

        await database.InTransactionAsync(session => RecordAsync(session, updates, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    // Results are written only to items still in flight; an item cancelled or marked unknown meanwhile keeps its state.
    // One statement for the whole list: a round trip per item was most of a claim transaction's time.
    private static async Task RecordAsync(PostgresSession session, IReadOnlyList<DeliveryItemUpdate> updates, CancellationToken cancellationToken)
    {
        if (updates.Count == 0)
        {
            return;
        }

        var latest = updates.GroupBy(update => IdOf(update.BatchId, update.MemberId), StringComparer.Ordinal).Select(group => group.Last()).ToArray();
        await session.ExecuteAsync(
            """
            UPDATE delivery_items AS d
            SET state = u.state, attempts = u.attempts, next_attempt_ticks = u.next, last_error = u.error, updated_ticks = u.at,
                completed_ticks = CASE WHEN u.finished THEN u.at ELSE d.completed_ticks END
            FROM unnest(@ids::text[], @states::integer[], @attempts::integer[], @nexts::bigint[], @errors::text[], @ats::bigint[], @finished::boolean[])
                AS u(id, state, attempts, next, error, at, finished)
            WHERE d.id = u.id AND d.state = @inFlight
            """,
            cancellationToken,
            ("ids", latest.Select(update => IdOf(update.BatchId, update.MemberId)).ToArray()),
            ("states", latest.Select(update => (int)update.State).ToArray()),
            ("attempts", latest.Select(update => update.Attempts).ToArray()),
            ("nexts", latest.Select(update => update.NextAttemptAt.UtcTicks).ToArray()),
            ("errors", latest.Select(update => update.LastError).ToArray()),
            ("ats", latest.Select(update => update.At.UtcTicks).ToArray()),
            ("finished", latest.Select(update => update.State is not (DeliveryState.Pending or DeliveryState.InFlight)).ToArray()),
            ("inFlight", (int)DeliveryState.InFlight)).ConfigureAwait(false);
    }

    private static string IdOf(string batchId, string memberId) => batchId + "\u001f" + memberId;

    private bool TakeSweepTurn(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref _nextSweepTicks);
        return now.UtcTicks >= due && Interlocked.CompareExchange(ref _nextSweepTicks, (now + SweepInterval).UtcTicks, due) == due;
    }

    /// <summary>
    /// At start-up: this instance's own claims (its name is the same after a restart) and claims whose lease is over;
    /// another instance's live claims are its own business.
    /// </summary>
    public Task<int> MarkInFlightUnknownAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        database.ExecuteAsync(
            $"UPDATE delivery_items SET {MarkedUnknown} WHERE state = @inFlight AND (claimed_by IS NULL OR claimed_by = @instance OR lease_ticks < @now)",
            cancellationToken, ("unknown", (int)DeliveryState.Unknown), ("reason", UnknownReason), ("now", now.UtcTicks), ("inFlight", (int)DeliveryState.InFlight),
            ("instance", claimant.Instance));

    private const string MarkedUnknown = "state = @unknown, last_error = coalesce(last_error, @reason), updated_ticks = @now, completed_ticks = @now";

    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken) =>
        await database.ScalarAsync(
            "SELECT min(next_attempt_ticks) FROM delivery_items WHERE state = @pending", cancellationToken, ("pending", (int)DeliveryState.Pending)).ConfigureAwait(false) is long ticks
            ? new DateTimeOffset(ticks, TimeSpan.Zero)
            : null;

    private static DeliveryItem Read(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        Documents.Read<DeliveryMessage>(reader, 2),
        (DeliveryState)reader.GetInt32(3),
        reader.GetInt32(4),
        new DateTimeOffset(reader.GetInt64(5), TimeSpan.Zero),
        new DateTimeOffset(reader.GetInt64(6), TimeSpan.Zero),
        new DateTimeOffset(reader.GetInt64(7), TimeSpan.Zero),
        reader.IsDBNull(8) ? null : new DateTimeOffset(reader.GetInt64(8), TimeSpan.Zero),
        reader.IsDBNull(9) ? null : reader.GetString(9));
}
