using System.Text;
using BranchBot.BotFramework.Turns;
using BranchBot.Storage.Postgres;
using Npgsql;

namespace BranchBot.Hosting;

/// <summary>
/// One conversation's turns in order across instances: a PostgreSQL session advisory lock per conversation, held on
/// its own connection for the length of the turn. Two conversations whose keys hash alike only wait for each other.
/// If the instance dies mid-turn, its connection closes and the lock goes with it. A turn needs connections of its own
/// besides the one holding its lock, so at most half the pool holds turn locks: the other turns wait here, in order,
/// instead of all waiting for a connection none of them will give back.
/// </summary>
internal sealed class PostgresConversationTurnLock : IConversationTurnLock, IDisposable
{
    /// <summary>The first key of the two-key advisory locks, so these never meet other advisory locks.</summary>
    private const int ConversationTurns = 0x42425431;

    private readonly PostgresDatabase _database;
    private readonly SemaphoreSlim _connections;

    public PostgresConversationTurnLock(PostgresDatabase database)
    {
        _database = database;
        _connections = new SemaphoreSlim(Math.Max(1, new NpgsqlConnectionStringBuilder(database.ConnectionString).MaxPoolSize / 2));
    }

    public void Dispose() => _connections.Dispose();

    public async ValueTask<IAsyncDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken)
    {
        var key = Fnv1a(conversationKey);
        await _connections.WaitAsync(cancellationToken);
        NpgsqlConnection connection;
        try
        {
            connection = await _database.OpenAsync(cancellationToken);
        }
        catch
        {
            _connections.Release();
            throw;
        }

        try
        {
            await using var take = new NpgsqlCommand("SELECT pg_advisory_lock(@turns, @key)", connection);
            take.Parameters.AddWithValue("turns", ConversationTurns);
            take.Parameters.AddWithValue("key", key);
            await take.ExecuteNonQueryAsync(cancellationToken);
            return new Held(connection, key, _connections);
        }
        catch
        {
            await connection.DisposeAsync();
            _connections.Release();
            throw;
        }
    }

    private static int Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return unchecked((int)hash);
    }

    private sealed class Held(NpgsqlConnection connection, int key, SemaphoreSlim connections) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock(@turns, @key)", connection);
                release.Parameters.AddWithValue("turns", ConversationTurns);
                release.Parameters.AddWithValue("key", key);
                await release.ExecuteNonQueryAsync(CancellationToken.None);
            }
            catch (NpgsqlException)
            {
                // The connection is broken: closing it below ends the session, and the session's locks with it.
            }
            finally
            {
                await connection.DisposeAsync();
                connections.Release();
            }
        }
    }
}
