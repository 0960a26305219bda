using System.Text;
using BranchBot.BotFramework.Turns;
using BranchBot.Storage.Postgres;
using Npgsql;

namespace BranchBot.Hosting;

/// <summary>
/// One conversation's turns in order across instances: a PostgreSQL session advisory lock per conversation, all of
/// an instance's locks held on one connection of its own. A lock is taken with pg_try_advisory_lock and, while another
/// instance holds it, tried again after a short pause; so no turn ties up a pooled connection while it runs or waits
/// (an earlier design held one connection per running turn and capped turns at half the pool). If the instance dies,
/// its connection closes and every lock it held goes with it. Two conversations whose keys hash alike wait for each
/// other across instances (on one instance a session's advisory locks stack, so they do not). Turns of one conversation on one instance are already in order (<see cref="ConversationTurnGate"/>).
/// </summary>
internal sealed class PostgresConversationTurnLock(PostgresDatabase database) : IConversationTurnLock, IAsyncDisposable
{
    /// <summary>
    /// Lock connections of this instance, a conversation always on the same one (commands on one run in turn): up to
    /// four, a tenth of the pool, so the turns' own statements keep the rest.
    /// </summary>
    private readonly PostgresConversationLockSession[] _sessions =
    [
        .. Enumerable.Range(0, Math.Clamp(new NpgsqlConnectionStringBuilder(database.ConnectionString).MaxPoolSize / 10, 1, 4))
            .Select(_ => new PostgresConversationLockSession(database)),
    ];

    public async ValueTask<IAsyncDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken)
    {
        var key = Fnv1a(conversationKey);
        return await _sessions[(int)((uint)key % (uint)_sessions.Length)].AcquireAsync(key, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var session in _sessions)
        {
            await session.DisposeAsync();
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
}
