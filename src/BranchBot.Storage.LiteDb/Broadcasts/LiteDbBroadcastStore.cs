using BranchBot.Core.Broadcasts;
using BranchBot.Core.Organisation;
using BranchBot.Storage.LiteDb.Organisation;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Broadcasts;

/// <summary>
/// One branch's broadcasts, acknowledgements and replies. Numbers count per branch and are held by the database (the
/// id is "{branch}:{number}", the last number the highest <c>Number</c> among the branch's broadcasts); another
/// branch's documents are never returned and never written over (<see cref="BranchGuard"/>).
/// </summary>
public sealed class LiteDbBroadcastStore : IBroadcastStore
{
    private readonly BranchGuard _guard;
    private readonly ILiteCollection<BroadcastDocument> _broadcasts;
    private readonly ILiteCollection<AcknowledgementDocument> _acknowledgements;
    private readonly ILiteCollection<ReplyDocument> _replies;

    /// <summary>The store of the database's only branch (created with its organisation on a new database).</summary>
    public LiteDbBroadcastStore(LiteDbContext context)
        : this(context, LiteDbOrganisationStore.PrimaryBranchOf(context))
    {
    }

    public LiteDbBroadcastStore(LiteDbContext context, BranchContext branch)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(branch);
        _guard = new BranchGuard(branch.Id);
        _broadcasts = context.Collection<BroadcastDocument>(LiteDbCollections.Broadcasts);
        _acknowledgements = context.Collection<AcknowledgementDocument>(LiteDbCollections.BroadcastAcknowledgements);
        _replies = context.Collection<ReplyDocument>(LiteDbCollections.BroadcastReplies);
        context.IndexOnce(nameof(LiteDbBroadcastStore), () =>
        {
            _broadcasts.EnsureIndex(b => b.SourceKey);
            _broadcasts.EnsureIndex(b => b.BranchId);
            _acknowledgements.EnsureIndex(a => a.BroadcastNumber);
            _acknowledgements.EnsureIndex(a => a.BranchId);
            _replies.EnsureIndex(r => r.BroadcastNumber);
            _replies.EnsureIndex(r => r.BranchId);
        });
    }

    /// <summary>From LiteDB's cache of parsed texts: a lambda in OrderByDescending was translated on every call.</summary>
    private static BsonExpression ByNumber => BsonExpression.Create("$.Number");

    private string BranchId => _guard.BranchId;

    public ValueTask<Broadcast?> GetAsync(int number, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_guard.Own(_broadcasts.FindById(BroadcastDocument.IdOf(BranchId, number)), b => b.BranchId)?.ToBroadcast());

    public ValueTask<int> LastNumberAsync(CancellationToken cancellationToken)
    {
        var last = Own().OrderByDescending(ByNumber).Limit(1).FirstOrDefault();
        return ValueTask.FromResult(last?.Number ?? 0);
    }

    public string BatchBaseOf(int number) => Broadcast.BatchBaseOf(BranchId, number);

    public ValueTask<IReadOnlyList<Broadcast>> ListRecentAsync(int max, CancellationToken cancellationToken)
    {
        return ValueTask.FromResult<IReadOnlyList<Broadcast>>([.. Own()
            .OrderByDescending(ByNumber)
            .Limit(Math.Max(0, max))
            .ToEnumerable()
            .Select(b => b.ToBroadcast())]);
    }

    public ValueTask SaveAsync(Broadcast broadcast, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(broadcast);
        var document = BroadcastDocument.From(broadcast, BranchId);
        _guard.RefuseOther(_broadcasts.FindById(document.Id)?.BranchId, document.Id);
        _broadcasts.Upsert(document);
        return ValueTask.CompletedTask;
    }

    public ValueTask<Broadcast?> FindBySourceKeyAsync(string sourceKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceKey);
        return ValueTask.FromResult(_broadcasts.Find(b => b.SourceKey == sourceKey).FirstOrDefault(b => b.BranchId == BranchId)?.ToBroadcast());
    }

    public ValueTask<bool> TryAddAcknowledgementAsync(BroadcastAcknowledgement acknowledgement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(acknowledgement);
        try
        {
            _acknowledgements.Insert(AcknowledgementDocument.From(acknowledgement, BranchId));
            return ValueTask.FromResult(true);
        }
        catch (LiteException exception) when (exception.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            return ValueTask.FromResult(false);
        }
    }

    public ValueTask<bool> HasAcknowledgedAsync(int broadcastNumber, string memberId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_guard.Own(_acknowledgements.FindById(AcknowledgementDocument.IdOf(BranchId, broadcastNumber, memberId)), a => a.BranchId) is not null);

    public ValueTask<IReadOnlyList<BroadcastAcknowledgement>> ListAcknowledgementsAsync(int broadcastNumber, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<BroadcastAcknowledgement>>([.. _acknowledgements
            .Find(OfBroadcast(broadcastNumber))
            .Where(a => a.BranchId == BranchId)
            .OrderBy(a => a.At)
            .Select(a => a.ToAcknowledgement())]);

    public ValueTask SaveReplyAsync(BroadcastReply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        _guard.RefuseOther(_replies.FindById(reply.Id)?.BranchId, reply.Id);
        _replies.Upsert(ReplyDocument.From(reply, BranchId));
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<BroadcastReply>> ListRepliesAsync(int broadcastNumber, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<BroadcastReply>>([.. _replies
            .Find(OfBroadcast(broadcastNumber))
            .Where(r => r.BranchId == BranchId)
            .OrderBy(r => r.At)
            .Select(r => r.ToReply())]);

    /// <summary>
    /// The branch's documents of one broadcast, by the branch's index with the number as a parameter: numbers count per
    /// branch, so the number's index alone walked broadcast N of every branch, and a lambda was translated on every call.
    /// </summary>
    private BsonExpression OfBroadcast(int broadcastNumber) =>
        BsonExpression.Create("$.BranchId = @0 AND $.BroadcastNumber = @1", BranchId, broadcastNumber);

    private ILiteQueryable<BroadcastDocument> Own() => _broadcasts.Query().Where(Filter.Equal(nameof(BroadcastDocument.BranchId), BranchId));
}
