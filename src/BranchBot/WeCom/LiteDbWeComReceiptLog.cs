using BranchBot.BotFramework.WeCom;
using BranchBot.Storage.LiteDb;
using LiteDB;

namespace BranchBot.WeCom;

/// <summary>
/// The 企业微信 callbacks and card presses already handled, in the database (collection <c>wecom_receipts</c>), so a
/// delivery the platform retries after a restart is not handled twice. Records older than <see cref="Retention"/> are
/// deleted at start-up (the platform retries within seconds; a card may be pressed days after it was sent).
/// </summary>
internal sealed class LiteDbWeComReceiptLog : IWeComReceiptLog
{
    public static readonly TimeSpan Retention = TimeSpan.FromDays(30);
    private readonly ILiteCollection<ReceiptDocument> _collection;
    private readonly TimeProvider _time;

    public LiteDbWeComReceiptLog(LiteDbContext context, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(context);
        _time = time;
        _collection = context.Collection<ReceiptDocument>(LiteDbCollections.WeComReceipts);
        var cutoff = (time.GetUtcNow() - Retention).UtcTicks;
        _collection.DeleteMany(d => d.AtUtcTicks < cutoff);
    }

    public ValueTask<bool> TryRecordAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            _collection.Insert(new ReceiptDocument { Id = key, AtUtcTicks = _time.GetUtcNow().UtcTicks });
            return ValueTask.FromResult(true);
        }
        catch (LiteException exception) when (exception.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            return ValueTask.FromResult(false);
        }
    }

    internal sealed class ReceiptDocument
    {
        public string Id { get; set; } = string.Empty;
        public long AtUtcTicks { get; set; }
    }
}

public static class WeComReceiptLogServiceCollectionExtensions
{
    /// <summary>Keeps the handled 企业微信 callbacks in the database (registered before AddWeCom's in-memory default would be used).</summary>
    public static IServiceCollection AddWeComReceiptLog(this IServiceCollection services)
    {
        services.AddSingleton<IWeComReceiptLog>(provider => provider.GetService<Storage.Postgres.PostgresDatabase>() is not null
            ? ActivatorUtilities.CreateInstance<PostgresWeComReceiptLog>(provider)
            : ActivatorUtilities.CreateInstance<LiteDbWeComReceiptLog>(provider));
        return services;
    }
}
