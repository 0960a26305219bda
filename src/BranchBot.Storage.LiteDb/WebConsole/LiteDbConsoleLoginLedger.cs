using BranchBot.Core.WebConsole;
using LiteDB;

namespace BranchBot.Storage.LiteDb.WebConsole;

/// <summary>Used login link ids as documents keyed by the id: the unique key makes "use once" atomic.</summary>
public sealed class LiteDbConsoleLoginLedger : IConsoleLoginLedger
{
    private readonly ILiteCollection<UsedLoginDocument> _used;

    public LiteDbConsoleLoginLedger(LiteDbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _used = context.Collection<UsedLoginDocument>(LiteDbCollections.ConsoleUsedLogins);
        _used.EnsureIndex(u => u.ExpiresAtUtc);
    }

    public ValueTask<bool> TryConsumeAsync(string linkId, DateTimeOffset expiresAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(linkId);
        // Links past their expiry are refused before they get here, so their ids need not be kept.
        var stale = now.UtcDateTime;
        _used.DeleteMany(u => u.ExpiresAtUtc < stale);
        try
        {
            _used.Insert(new UsedLoginDocument { Id = linkId, ExpiresAtUtc = expiresAt.UtcDateTime });
            return ValueTask.FromResult(true);
        }
        catch (LiteException exception) when (exception.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            return ValueTask.FromResult(false);
        }
    }

    public ValueTask<bool> IsUsedAsync(string linkId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_used.FindById(linkId) is not null);
}
