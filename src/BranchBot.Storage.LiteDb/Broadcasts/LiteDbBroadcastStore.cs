using BranchBot.Core.Broadcasts;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Broadcasts;

public sealed class LiteDbBroadcastStore : IBroadcastStore
{
    private readonly ILiteCollection<BroadcastDocument> _broadcasts;
    private readonly ILiteCollection<AcknowledgementDocument> _acknowledgements;
    private readonly ILiteCollection<ReplyDocument> _replies;

    public LiteDbBroadcastStore(LiteDbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _broadcasts = context.Collection<BroadcastDocument>(LiteDbCollections.Broadcasts);
        _acknowledgements = context.Collection<AcknowledgementDocument>(LiteDbCollections.BroadcastAcknowledgements);
        _replies = context.Collection<ReplyDocument>(LiteDbCollections.BroadcastReplies);
        _broadcasts.EnsureIndex(b => b.SourceKey);
        _acknowledgements.EnsureIndex(a => a.BroadcastNumber);
        _replies.EnsureIndex(r => r.BroadcastNumber);
    }

    public ValueTask<Broadcast?> GetAsync(int number, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_broadcasts.FindById(number)?.ToBroadcast());

    public ValueTask<int> LastNumberAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(_broadcasts.Count() == 0 ? 0 : _broadcasts.Max(b => b.Id));

    public ValueTask<IReadOnlyList<Broadcast>> ListRecentAsync(int max, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<Broadcast>>([.. _broadcasts
            .Find(Query.All(Query.Descending), limit: Math.Max(0, max))
            .Select(b => b.ToBroadcast())]);

    public ValueTask SaveAsync(Broadcast broadcast, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(broadcast);
        _broadcasts.Upsert(BroadcastDocument.From(broadcast));
        return ValueTask.CompletedTask;
    }

    public ValueTask<Broadcast?> FindBySourceKeyAsync(string sourceKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceKey);
        return ValueTask.FromResult(_broadcasts.FindOne(b => b.SourceKey == sourceKey)?.ToBroadcast());
    }

    public ValueTask<bool> TryAddAcknowledgementAsync(BroadcastAcknowledgement acknowledgement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(acknowledgement);
        try
        {
            _acknowledgements.Insert(AcknowledgementDocument.From(acknowledgement));
            return ValueTask.FromResult(true);
        }
        catch (LiteException exception) when (exception.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            return ValueTask.FromResult(false);
        }
    }

    public ValueTask<bool> HasAcknowledgedAsync(int broadcastNumber, string memberId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_acknowledgements.FindById(BroadcastAcknowledgement.KeyOf(broadcastNumber, memberId)) is not null);

    public ValueTask<IReadOnlyList<BroadcastAcknowledgement>> ListAcknowledgementsAsync(int broadcastNumber, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<BroadcastAcknowledgement>>([.. _acknowledgements
            .Find(a => a.BroadcastNumber == broadcastNumber)
            .OrderBy(a => a.At)
            .Select(a => a.ToAcknowledgement())]);

    public ValueTask SaveReplyAsync(BroadcastReply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        _replies.Upsert(ReplyDocument.From(reply));
        return ValueTask.CompletedTask;
    }

    public ValueTask<IReadOnlyList<BroadcastReply>> ListRepliesAsync(int broadcastNumber, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<BroadcastReply>>([.. _replies
            .Find(r => r.BroadcastNumber == broadcastNumber)
            .OrderBy(r => r.At)
            .Select(r => r.ToReply())]);
}
