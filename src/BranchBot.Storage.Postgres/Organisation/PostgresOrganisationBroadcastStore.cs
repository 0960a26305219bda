using BranchBot.Core.Organisation.Broadcasts;

namespace BranchBot.Storage.Postgres.Organisation;

/// <summary>The organisation's 党委广播: the number is the key, a source key is unique, so two instances never make one twice.</summary>
public sealed class PostgresOrganisationBroadcastStore(PostgresDatabase database) : IOrganisationBroadcastStore
{
    public async ValueTask<int> LastNumberAsync(CancellationToken cancellationToken) =>
        Convert.ToInt32(await database.ScalarAsync("SELECT COALESCE(MAX(number), 0) FROM org_broadcasts", cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);

    public async ValueTask SaveAsync(OrganisationBroadcast broadcast, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(broadcast);
        // Updates only the same broadcast: another instance's one numbered alike is never written over.
        var written = await database.ExecuteAsync(
            """
            INSERT INTO org_broadcasts (number, source_key, completed, doc) VALUES (@number, @source, @completed, @doc)
            ON CONFLICT (number) DO UPDATE SET completed = EXCLUDED.completed, doc = EXCLUDED.doc
            WHERE org_broadcasts.doc->>'AuthorId' = EXCLUDED.doc->>'AuthorId' AND org_broadcasts.doc->>'CreatedAt' = EXCLUDED.doc->>'CreatedAt'
            """,
            cancellationToken,
            ("number", broadcast.Number), ("source", broadcast.SourceKey), ("completed", broadcast.CompletedAt is not null), ("doc", Documents.Json(broadcast))).ConfigureAwait(false);
        if (written == 0)
        {
            throw new ConcurrentWriteException($"党委广播{broadcast.Number} was made by another instance at the same moment.");
        }
    }

    public async ValueTask<OrganisationBroadcast?> GetAsync(int number, CancellationToken cancellationToken) =>
        await database.QuerySingleAsync("SELECT doc FROM org_broadcasts WHERE number = @number", r => Documents.Read<OrganisationBroadcast>(r), cancellationToken, ("number", number)).ConfigureAwait(false);

    public async ValueTask<OrganisationBroadcast?> FindBySourceKeyAsync(string sourceKey, CancellationToken cancellationToken) =>
        await database.QuerySingleAsync("SELECT doc FROM org_broadcasts WHERE source_key = @source", r => Documents.Read<OrganisationBroadcast>(r), cancellationToken, ("source", sourceKey)).ConfigureAwait(false);

    public async ValueTask<IReadOnlyList<OrganisationBroadcast>> ListRecentAsync(int max, CancellationToken cancellationToken) =>
        await database.QueryAsync("SELECT doc FROM org_broadcasts ORDER BY number DESC LIMIT @max", r => Documents.Read<OrganisationBroadcast>(r), cancellationToken, ("max", max)).ConfigureAwait(false);

    public async ValueTask<IReadOnlyList<OrganisationBroadcast>> ListIncompleteAsync(CancellationToken cancellationToken) =>
        await database.QueryAsync("SELECT doc FROM org_broadcasts WHERE NOT completed ORDER BY number", r => Documents.Read<OrganisationBroadcast>(r), cancellationToken).ConfigureAwait(false);
}
