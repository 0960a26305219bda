using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Net.Sockets;
using BranchBot.Core.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace BranchBot.Storage.Postgres;

/// <summary>
/// Change notices between the instances of one deployment through PostgreSQL's LISTEN/NOTIFY: a publish is one
/// <c>pg_notify</c> ("instance|topic"); one connection per process listens (opened on the first subscription) and calls
/// the handlers of the topics other instances publish, within milliseconds. When that connection breaks, notices sent
/// meanwhile are lost, so on reconnecting every handler is called once: each cache reads afresh.
/// </summary>
public sealed partial class PostgresChangeNotices(PostgresDatabase database, ILogger<PostgresChangeNotices> logger) : IChangeNotices, IAsyncDisposable
{
    private const string Channel = "branchbot_changes";
    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(1);

    private readonly string _instance = Guid.NewGuid().ToString("N");
    private readonly ConcurrentDictionary<string, ImmutableList<Action>> _handlers = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _starting = new();
    private Task? _listening;

    public bool SharedWithOtherInstances => true;

    public async ValueTask PublishAsync(string topic, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        await database.ExecuteAsync("SELECT pg_notify(@channel, @payload)", cancellationToken, ("channel", Channel), ("payload", _instance + "|" + topic)).ConfigureAwait(false);
    }

    public IDisposable Subscribe(string topic, Action changed)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        ArgumentNullException.ThrowIfNull(changed);
        _handlers.AddOrUpdate(topic, _ => [changed], (_, list) => list.Add(changed));
        lock (_starting)
        {
            _listening ??= Task.Run(() => ListenAsync(_stopping.Token));
        }

        return new Subscription(this, topic, changed);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_listening is { } listening)
        {
            await listening.ConfigureAwait(false);
        }

        _stopping.Dispose();
    }

    private async Task ListenAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await using var connection = await database.OpenAsync(stopping).ConfigureAwait(false);
                connection.Notification += (_, notice) => Dispatch(notice.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stopping).ConfigureAwait(false);
                }

                // Whatever changed before this connection listened was not heard.
                CallEveryHandler();
                while (true)
                {
                    await connection.WaitAsync(stopping).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure) when (failure is NpgsqlException or SocketException or IOException or TimeoutException or InvalidOperationException)
            {
                LogListenerLost(logger, failure.Message);
                try
                {
                    await Task.Delay(ReconnectDelay, stopping).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private void Dispatch(string payload)
    {
        var separator = payload.IndexOf('|', StringComparison.Ordinal);
        if (separator < 0 || payload.AsSpan(0, separator).SequenceEqual(_instance))
        {
            return;
        }

        if (_handlers.TryGetValue(payload[(separator + 1)..], out var handlers))
        {
            foreach (var handler in handlers)
            {
                handler();
            }
        }
    }

    private void CallEveryHandler()
    {
        foreach (var handlers in _handlers.Values)
        {
            foreach (var handler in handlers)
            {
                handler();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the change-notice connection to PostgreSQL ({Reason}); reconnecting, and every cache reads afresh once it is back.")]
    private static partial void LogListenerLost(ILogger logger, string reason);

    private sealed class Subscription(PostgresChangeNotices owner, string topic, Action changed) : IDisposable
    {
        public void Dispose() => owner._handlers.AddOrUpdate(topic, _ => [], (_, list) => list.Remove(changed));
    }
}
