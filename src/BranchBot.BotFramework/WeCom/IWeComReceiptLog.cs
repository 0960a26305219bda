using System.Collections.Concurrent;

namespace BranchBot.BotFramework.WeCom;

/// <summary>
/// Remembers which callbacks were taken (the platform retries a delivery it thinks failed), and which cards were
/// pressed, so each is handled once; a host with a database keeps them across restarts.
/// </summary>
public interface IWeComReceiptLog
{
    /// <summary>True the first time <paramref name="key"/> is recorded, false for every later call.</summary>
    ValueTask<bool> TryRecordAsync(string key, CancellationToken cancellationToken);
}

/// <summary>The default without a database: remembered until the process stops.</summary>
internal sealed class InMemoryWeComReceiptLog : IWeComReceiptLog
{
    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.Ordinal);

    public ValueTask<bool> TryRecordAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult(_seen.TryAdd(key, 0));
}
