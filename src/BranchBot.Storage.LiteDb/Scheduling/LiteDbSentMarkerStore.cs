using BranchBot.Core.Scheduling;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Scheduling;

public sealed class LiteDbSentMarkerStore(LiteDbContext context) : ISentMarkerStore
{
    private readonly ILiteCollection<SentMarkerDocument> _markers = context.Collection<SentMarkerDocument>(LiteDbCollections.SentMarkers);

    public ValueTask<bool> TryMarkAsync(string key, DateTimeOffset at, CancellationToken cancellationToken)
    {
        try
        {
            _markers.Insert(new SentMarkerDocument { Id = LiteDbKeys.Safe(key), Key = key, SentAt = at });
            return ValueTask.FromResult(true);
        }
        catch (LiteException exception) when (exception.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            return ValueTask.FromResult(false);
        }
    }

    public ValueTask<bool> IsMarkedAsync(string key, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_markers.FindById(LiteDbKeys.Safe(key)) is not null);

    internal sealed class SentMarkerDocument
    {
        public string Id { get; set; } = string.Empty;
        public string Key { get; set; } = string.Empty;
        public DateTimeOffset SentAt { get; set; }
    }
}
