using BranchBot.Core.Broadcasts;
using BranchBot.Core.Organisation;
using Npgsql;

namespace BranchBot.Storage.Postgres.Broadcasts;

/// <summary>
/// One branch's broadcasts (keyed by branch and number), acknowledgements and replies. A number is one broadcast: a
/// save over a row with the same number that another author or instant created (another instance that took the same
/// next number) is refused with <see cref="ConcurrentWriteException"/>, as is a second broadcast from one source key.
/// </summary>
public sealed class PostgresBroadcastStore(PostgresDatabase database, BranchContext branch) : IBroadcastStore
{
    private readonly string _branchId = branch.Id;

    public async ValueTask<Broadcast?> GetAsync(int number, CancellationToken cancellationToken) =>
        await database.QuerySingleAsync(
            "SELECT doc FROM broadcasts WHERE branch_id = @branch AND number = @number", r => Documents.Read<Broadcast>(r), cancellationToken,
            ("branch", _branchId), ("number", number)).ConfigureAwait(false);

    public async ValueTask<int> LastNumberAsync(CancellationToken cancellationToken) =>
        (int)(await database.ScalarAsync("SELECT coalesce(max(number), 0) FROM broadcasts WHERE branch_id = @branch", cancellationToken, ("branch", _branchId)).ConfigureAwait(false) ?? 0);

    public string BatchBaseOf(int number) => Broadcast.BatchBaseOf(_branchId, number);

    public async ValueTask<IReadOnlyList<Broadcast>> ListRecentAsync(int max, CancellationToken cancellationToken) =>
        await database.QueryAsync(
            "SELECT doc FROM broadcasts WHERE branch_id = @branch ORDER BY number DESC LIMIT @max", r => Documents.Read<Broadcast>(r), cancellationToken,
            ("branch", _branchId), ("max", Math.Max(0, max))).ConfigureAwait(false);

    public async ValueTask SaveAsync(Broadcast broadcast, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(broadcast);
        try
        {
            var written = await database.ExecuteAsync(
                """
                INSERT INTO broadcasts (branch_id, number, author_id, created_ticks, source_key, doc)
                VALUES (@branch, @number, @author, @created, @source, @doc)
                ON CONFLICT (branch_id, number) DO UPDATE SET source_key = EXCLUDED.source_key, doc = EXCLUDED.doc
                WHERE broadcasts.author_id = EXCLUDED.author_id AND broadcasts.created_ticks = EXCLUDED.created_ticks
                """,
                cancellationToken,
                ("branch", _branchId), ("number", broadcast.Number), ("author", broadcast.AuthorId), ("created", broadcast.CreatedAt.UtcTicks),
                ("source", broadcast.SourceKey), ("doc", Documents.Json(broadcast))).ConfigureAwait(false);
            if (written == 0)
            {
                throw new ConcurrentWriteException($"Broadcast number {broadcast.Number} of branch '{_branchId}' is another broadcast.");
            }
        }
        catch (PostgresException exception) when (exception.IsUniqueViolation())
        {
            throw new ConcurrentWriteException($"A broadcast from source '{broadcast.SourceKey}' exists already.", exception);
        }
    }

    public async ValueTask<Broadcast?> FindBySourceKeyAsync(string sourceKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceKey);
        return await database.QuerySingleAsync(
            "SELECT doc FROM broadcasts WHERE branch_id = @branch AND source_key = @source", r => Documents.Read<Broadcast>(r), cancellationToken,
            ("branch", _branchId), ("source", sourceKey)).ConfigureAwait(false);
    }

    public async ValueTask<bool> TryAddAcknowledgementAsync(BroadcastAcknowledgement acknowledgement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(acknowledgement);
        var added = await database.ExecuteAsync(
            """
            INSERT INTO broadcast_acknowledgements (branch_id, number, member_id, at_ticks, doc) VALUES (@branch, @number, @member, @at, @doc)
            ON CONFLICT DO NOTHING
            """,
            cancellationToken,
            ("branch", _branchId), ("number", acknowledgement.BroadcastNumber), ("member", acknowledgement.MemberId), ("at", acknowledgement.At.UtcTicks),
            ("doc", Documents.Json(acknowledgement))).ConfigureAwait(false);
        return added == 1;
    }

    public async ValueTask<bool> HasAcknowledgedAsync(int broadcastNumber, string memberId, CancellationToken cancellationToken) =>
        await database.ScalarAsync(
            "SELECT 1 FROM broadcast_acknowledgements WHERE branch_id = @branch AND number = @number AND member_id = @member", cancellationToken,
            ("branch", _branchId), ("number", broadcastNumber), ("member", memberId)).ConfigureAwait(false) is not null;

    public async ValueTask<IReadOnlyList<BroadcastAcknowledgement>> ListAcknowledgementsAsync(int broadcastNumber, CancellationToken cancellationToken) =>
        await database.QueryAsync(
            "SELECT doc FROM broadcast_acknowledgements WHERE branch_id = @branch AND number = @number ORDER BY at_ticks", r => Documents.Read<BroadcastAcknowledgement>(r), cancellationToken,
            ("branch", _branchId), ("number", broadcastNumber)).ConfigureAwait(false);

    public async ValueTask SaveReplyAsync(BroadcastReply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        await database.WithSessionAsync(async session =>
        {
            await Rows.UpsertOwnAsync(session, "broadcast_replies", "id", reply.Id, _branchId, cancellationToken,
                ("id", reply.Id), ("number", reply.BroadcastNumber), ("at_ticks", reply.At.UtcTicks), ("doc", Documents.Json(reply))).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<IReadOnlyList<BroadcastReply>> ListRepliesAsync(int broadcastNumber, CancellationToken cancellationToken) =>
        await database.QueryAsync(
            "SELECT doc FROM broadcast_replies WHERE branch_id = @branch AND number = @number ORDER BY at_ticks", r => Documents.Read<BroadcastReply>(r), cancellationToken,
            ("branch", _branchId), ("number", broadcastNumber)).ConfigureAwait(false);
}
