using System.Data;
using BranchBot.Storage.Postgres;
using Npgsql;

namespace BranchBot.Hosting;

/// <summary>One connection holding some of an instance's conversation locks.</summary>
internal sealed class PostgresConversationLockSession(PostgresDatabase database) : IAsyncDisposable
{
    /// <summary>The first key of the two-key advisory locks, so these never meet other advisory locks.</summary>
    private const int ConversationTurns = 0x42425431;

    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(2);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromMilliseconds(50);

    /// <summary>One command at a time on the lock connection.</summary>
    private readonly SemaphoreSlim _session = new(1, 1);
    private NpgsqlConnection? _connection;

    public async ValueTask<IAsyncDisposable> AcquireAsync(int key, CancellationToken cancellationToken)
    {
        var pause = FirstRetry;
        while (true)
        {
            var (taken, connection) = await RunAsync("SELECT pg_try_advisory_lock(@turns, @key)", key, cancellationToken);
            if (taken)
            {
                return new Held(this, connection, key);
            }

            await Task.Delay(pause, cancellationToken);
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestRetry.Ticks));
        }
    }

    private async Task ReleaseAsync(NpgsqlConnection heldOn, int key)
    {
        await _session.WaitAsync(CancellationToken.None);
        try
        {
            // A lock taken on a connection that has since broken ended with that connection's session.
            if (!ReferenceEquals(heldOn, _connection) || _connection.State != ConnectionState.Open)
            {
                return;
            }

            await using var release = Command(_connection, "SELECT pg_advisory_unlock(@turns, @key)", key);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (NpgsqlException)
        {
            await DropConnectionAsync(); // its session, and so every lock on it, ends with it
        }
        finally
        {
            _session.Release();
        }
    }

    private async Task<(bool Result, NpgsqlConnection Connection)> RunAsync(string sql, int key, CancellationToken cancellationToken)
    {
        await _session.WaitAsync(cancellationToken);
        try
        {
            _connection ??= await database.OpenAsync(cancellationToken);
            await using var command = Command(_connection, sql, key);
            return ((bool)(await command.ExecuteScalarAsync(cancellationToken))!, _connection);
        }
        catch (NpgsqlException)
        {
            await DropConnectionAsync();
            throw;
        }
        finally
        {
            _session.Release();
        }
    }

    // A pooled connection keeps its session, locks included, until it is next handed out: they are let go first.
    private async Task DropConnectionAsync()
    {
        if (_connection is null)
        {
            return;
        }

        try
        {
            if (_connection.State == ConnectionState.Open)
            {
                await using var all = new NpgsqlCommand("SELECT pg_advisory_unlock_all()", _connection);
                await all.ExecuteNonQueryAsync(CancellationToken.None);
            }
        }
        catch (NpgsqlException)
        {
            // Broken: its session is over, and its locks with it.
        }
        finally
        {
            await _connection.DisposeAsync();
            _connection = null;
        }
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, int key)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("turns", ConversationTurns);
        command.Parameters.AddWithValue("key", key);
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        await _session.WaitAsync(CancellationToken.None);
        try
        {
            await DropConnectionAsync();
        }
        finally
        {
            _session.Release();
        }

        _session.Dispose();
    }

    private sealed class Held(PostgresConversationLockSession owner, NpgsqlConnection connection, int key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await owner.ReleaseAsync(connection, key);
    }
}
