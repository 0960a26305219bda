using BranchBot.Core.Organisation.Broadcasts;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Organisation;

/// <summary>The organisation's 党委广播, keyed by number; a source key is unique, so one 确认 makes one.</summary>
public sealed class LiteDbOrganisationBroadcastStore : IOrganisationBroadcastStore
{
    private readonly ILiteCollection<OrganisationBroadcastDocument> _broadcasts;

    public LiteDbOrganisationBroadcastStore(LiteDbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _broadcasts = context.Collection<OrganisationBroadcastDocument>(LiteDbCollections.OrgBroadcasts);
        context.IndexOnce(nameof(LiteDbOrganisationBroadcastStore), () =>
        {
            _broadcasts.EnsureIndex(b => b.SourceKey, unique: false);
            _broadcasts.EnsureIndex(b => b.CompletedAt);
        });
    }

    public ValueTask<int> LastNumberAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(_broadcasts.Query().OrderByDescending(b => b.Id).Limit(1).ToEnumerable().Select(b => b.Id).FirstOrDefault());

    public ValueTask SaveAsync(OrganisationBroadcast broadcast, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(broadcast);
        _broadcasts.Upsert(OrganisationBroadcastDocument.From(broadcast));
        return ValueTask.CompletedTask;
    }

    public ValueTask<OrganisationBroadcast?> GetAsync(int number, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_broadcasts.FindById(number)?.ToBroadcast());

    public ValueTask<OrganisationBroadcast?> FindBySourceKeyAsync(string sourceKey, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_broadcasts.FindOne(Filter.Equal(nameof(OrganisationBroadcastDocument.SourceKey), sourceKey))?.ToBroadcast());

    public ValueTask<IReadOnlyList<OrganisationBroadcast>> ListRecentAsync(int max, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<OrganisationBroadcast>>([.. _broadcasts.Query().OrderByDescending(b => b.Id).Limit(max).ToEnumerable().Select(b => b.ToBroadcast())]);

    public ValueTask<IReadOnlyList<OrganisationBroadcast>> ListIncompleteAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<OrganisationBroadcast>>([.. _broadcasts.Find(b => b.CompletedAt == null).OrderBy(b => b.Id).Select(b => b.ToBroadcast())]);
}
