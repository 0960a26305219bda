using BranchBot.Core.Delivery;
using BranchBot.Core.Storage;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Delivery;

/// <summary>
/// The outbox in the <c>delivery_items</c> collection. Writes that touch many items run as one transaction (each
/// commit costs a disk flush), and taking and settling items is serialised (the claim lock) so two workers never take
/// the same one. Adding items does not take that lock: a turn queueing a notice must not wait behind a worker's claim
/// and its disk sync, and the file's transactions already keep an add and a claim apart. Small requests
/// (a notice to a few members, queued inside a conversation turn) made at the same time are added in one transaction
/// (<see cref="GroupCommit{TItem, TResult}"/>), so busy turns share a disk sync instead of queueing for one each.
/// </summary>
public sealed class LiteDbDeliveryStore : IDeliveryStore, IAsyncDisposable
{
    private const int EnqueueChunk = 500;
    private const int GroupedRequestMembers = 50;

    private readonly LiteDbContext _context;
    private readonly ILiteCollection<DeliveryItemDocument> _items;
    private readonly Lock _claimLock = new();

    /// <summary>Items this process claimed, kept so writing their results needs no read (half the work per item).</summary>
    private readonly Dictionary<string, DeliveryItemDocument> _claimed = new(StringComparer.Ordinal);
    private long _sequence;
    private readonly GroupCommit<(DeliveryRequest Request, DateTimeOffset Now), int> _smallRequests;

    public LiteDbDeliveryStore(LiteDbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _items = context.Collection<DeliveryItemDocument>(LiteDbCollections.DeliveryItems);
        _items.EnsureIndex(item => item.DueTicks);
        _items.EnsureIndex(item => item.BatchId);
        _items.EnsureIndex(item => item.State);
        _smallRequests = new(AddTogetherAsync);
    }

    public Task<int> AddAsync(DeliveryRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.MemberIds.Count <= GroupedRequestMembers)
        {
            return _smallRequests.WriteAsync((request, now));
        }

        var added = 0;
        foreach (var chunk in request.MemberIds.Distinct(StringComparer.Ordinal).Chunk(EnqueueChunk))
        {
            _context.InTransaction(() => added += AddItems(request, chunk, now));
        }

        return Task.FromResult(added);
    }

    /// <summary>Stores every pending small request (and with it any buffered change) before the database closes.</summary>
    public ValueTask DisposeAsync() => _smallRequests.DisposeAsync();

    private ValueTask<IReadOnlyList<int>> AddTogetherAsync(IReadOnlyList<(DeliveryRequest Request, DateTimeOffset Now)> requests, CancellationToken cancellationToken)
    {
        var added = new int[requests.Count];
        _context.InTransaction(() =>
        {
            for (var i = 0; i < requests.Count; i++)
            {
                added[i] = AddItems(requests[i].Request, requests[i].Request.MemberIds.Distinct(StringComparer.Ordinal), requests[i].Now);
            }
        });

        return ValueTask.FromResult<IReadOnlyList<int>>(added);
    }

    /// <summary>
    /// Runs another store's writes in one transaction with the outbox requests they queue: <paramref name="writes"/> is
    /// handed the function that queues a request as of a time. A change and the notice that tells of it are then stored
    /// together or not at all. Only for stores of this outbox's own database.
    /// </summary>
    internal void InTransactionWithRequests(LiteDbContext context, Action<Action<DeliveryRequest, DateTimeOffset>> writes)
    {
        ArgumentNullException.ThrowIfNull(writes);
        if (!ReferenceEquals(context, _context))
        {
            throw new InvalidOperationException("The outbox is in another database than the store writing with it.");
        }

        _context.InTransaction(() => writes((request, now) => AddItems(request, request.MemberIds.Distinct(StringComparer.Ordinal), now)));
    }

    /// <summary>Inserts one pending item per member not yet in the batch, inside the caller's transaction.</summary>
    private int AddItems(DeliveryRequest request, IEnumerable<string> memberIds, DateTimeOffset now)
    {
        var added = 0;
        foreach (var memberId in memberIds)
        {
            if (_items.FindById(DeliveryItemDocument.IdOf(request.BatchId, memberId)) is null)
            {
                _items.Insert(DeliveryItemDocument.New(request, memberId, now, Interlocked.Increment(ref _sequence)));
                added++;
            }
        }

        return added;
    }

    public Task<int> CancelPendingAsync(string batchId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_claimLock)
        {
            var cancelled = 0;
            _context.InTransaction(() =>
            {
                foreach (var item in _items.Find(Filter.Equal(nameof(DeliveryItemDocument.BatchId), batchId)).ToList())
                {
                    if (item.State == DeliveryState.Pending)
                    {
                        item.MoveTo(DeliveryState.Cancelled, now);
                        _items.Update(item);
                        cancelled++;
                    }
                }
            });
            return Task.FromResult(cancelled);
        }
    }

    public Task<IReadOnlyList<DeliveryItem>> GetBatchAsync(string batchId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DeliveryItem>>([.. _items
            .Find(Filter.Equal(nameof(DeliveryItemDocument.BatchId), batchId))
            .OrderBy(item => item.CreatedAt)
            .ThenBy(item => item.MemberId, StringComparer.Ordinal)
            .Select(item => item.ToItem())]);

    public Task<IReadOnlyList<DeliveryItem>> RecordAndClaimAsync(
        IReadOnlyList<DeliveryItemUpdate> results, DateTimeOffset now, int max, CancellationToken cancellationToken) =>
        RecordAndClaim(results, max, () => ClaimDue(now, max));

    public Task<IReadOnlyList<DeliveryItem>> RecordAndClaimBatchAsync(
        string batchId, IReadOnlyList<DeliveryItemUpdate> results, DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(batchId);
        return RecordAndClaim(results, max, () => ClaimDueOf(batchId, now, max));
    }

    private Task<IReadOnlyList<DeliveryItem>> RecordAndClaim(IReadOnlyList<DeliveryItemUpdate> results, int max, Func<List<DeliveryItemDocument>> claim)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count == 0 && max <= 0)
        {
            return Task.FromResult<IReadOnlyList<DeliveryItem>>([]);
        }

        lock (_claimLock)
        {
            List<DeliveryItemDocument> due = [];
            _context.InTransaction(() =>
            {
                Record(results);
                due = max > 0 ? claim() : [];
            });
            foreach (var item in due)
            {
                _claimed[item.Id] = item;
            }

            return Task.FromResult<IReadOnlyList<DeliveryItem>>([.. due.Select(item => item.ToItem())]);
        }
    }

    public Task RecordAsync(IReadOnlyList<DeliveryItemUpdate> updates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updates);
        if (updates.Count == 0)
        {
            return Task.CompletedTask;
        }

        lock (_claimLock)
        {
            _context.InTransaction(() => Record(updates));
        }

        return Task.CompletedTask;
    }

    private List<DeliveryItemDocument> ClaimDue(DateTimeOffset now, int max) =>
        Take(_items.Find(Filter.AtMost(nameof(DeliveryItemDocument.DueTicks), now.UtcTicks), skip: 0, limit: max), now, max);

    /// <summary>Read by the batch index: a notice's batch is small, and only its pending items have a due time.</summary>
    private List<DeliveryItemDocument> ClaimDueOf(string batchId, DateTimeOffset now, int max) =>
        Take(_items.Find(Filter.Equal(nameof(DeliveryItemDocument.BatchId), batchId)).Where(item => item.DueTicks <= now.UtcTicks), now, max);

    /// <summary>Moves the items to in flight, earliest due first; called under the claim lock, in the claim's transaction.</summary>
    private List<DeliveryItemDocument> Take(IEnumerable<DeliveryItemDocument> due, DateTimeOffset now, int max)
    {
        var taken = due
            .OrderBy(item => item.DueTicks)
            .ThenBy(item => item.CreatedAt)
            .ThenBy(item => item.Sequence)
            .Take(max)
            .ToList();
        foreach (var item in taken)
        {
            item.MoveTo(DeliveryState.InFlight, now);
            _items.Update(item);
        }

        return taken;
    }

    private void Record(IReadOnlyList<DeliveryItemUpdate> updates)
    {
        foreach (var update in updates)
        {
            var id = DeliveryItemDocument.IdOf(update.BatchId, update.MemberId);
            var item = _claimed.Remove(id, out var claimed) ? claimed : _items.FindById(id);
            if (item is null || item.State != DeliveryState.InFlight)
            {
                continue;
            }

            item.Attempts = update.Attempts;
            item.NextAttemptAt = update.NextAttemptAt;
            item.LastError = update.LastError;
            item.MoveTo(update.State, update.At);
            _items.Update(item);
        }
    }

    public Task<int> MarkInFlightUnknownAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_claimLock)
        {
            _claimed.Clear();
            var inFlight = _items.Find(Filter.Equal(nameof(DeliveryItemDocument.State), DeliveryState.InFlight.ToString())).ToList();
            _context.InTransaction(() =>
            {
                foreach (var item in inFlight)
                {
                    item.LastError ??= "the process stopped while this was being sent; whether it arrived is unknown";
                    item.MoveTo(DeliveryState.Unknown, now);
                    _items.Update(item);
                }
            });
            return Task.FromResult(inFlight.Count);
        }
    }

    public Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        var first = _items.Find(Filter.Below(nameof(DeliveryItemDocument.DueTicks), DeliveryItemDocument.NotDue), skip: 0, limit: 1).FirstOrDefault();
        return Task.FromResult<DateTimeOffset?>(first?.NextAttemptAt);
    }
}
