using System.Security.Cryptography;
using System.Text;
using BranchBot.BotFramework.DirectLine;
using BranchBot.BotFramework.DirectLine.Conversations;
using BranchBot.Core.Security;
using BranchBot.Storage.Postgres;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BranchBot.ChatPage;

/// <summary>
/// The chat page's transcripts in PostgreSQL (<c>chat_transcripts</c>), as <see cref="LiteDbChatTranscriptStore"/>
/// keeps them in LiteDB: each activity encrypted with the content key, old ones dropped by age and count, and a
/// failed write costs only history.
/// </summary>
internal sealed partial class PostgresChatTranscriptStore : IDirectLineTranscriptStore
{
    private readonly PostgresDatabase _database;
    private readonly IContentProtector _protector;
    private readonly ILogger<PostgresChatTranscriptStore> _logger;

    public PostgresChatTranscriptStore(PostgresDatabase database, IContentProtector protector, IOptions<DirectLineOptions> options, TimeProvider time, ILogger<PostgresChatTranscriptStore> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _database = database;
        _protector = protector;
        _logger = logger;
        var cutoff = (time.GetUtcNow() - options.Value.TranscriptRetention).UtcTicks;
        Guarded(() => _database.ExecuteAsync("DELETE FROM chat_transcripts WHERE at_ticks < @cutoff", CancellationToken.None, ("cutoff", cutoff)));
    }

    public IReadOnlyList<TranscriptEntry> Load(string conversationId, DateTimeOffset notBefore)
    {
        List<(long Sequence, string ActivityId, long At, string Activity)> rows = [];
        Guarded(async () =>
        {
            await _database.ExecuteAsync(
                "DELETE FROM chat_transcripts WHERE conversation_id = @conversation AND at_ticks < @cutoff", CancellationToken.None,
                ("conversation", conversationId), ("cutoff", notBefore.UtcTicks)).ConfigureAwait(false);
            rows = await _database.QueryAsync(
                "SELECT sequence, activity_id, at_ticks, activity FROM chat_transcripts WHERE conversation_id = @conversation ORDER BY sequence",
                r => (r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.GetString(3)), CancellationToken.None, ("conversation", conversationId)).ConfigureAwait(false);
        });
        return [.. rows.Select(Read).OfType<TranscriptEntry>()];
    }

    public void Append(string conversationId, TranscriptEntry entry, long keepFromSequence)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var activity = _protector.Protect(Encoding.UTF8.GetString(entry.Json));
        Guarded(() => _database.InTransactionAsync(async session =>
        {
            await session.ExecuteAsync(
                """
                INSERT INTO chat_transcripts (conversation_id, sequence, activity_id, at_ticks, activity) VALUES (@conversation, @sequence, @id, @at, @activity)
                ON CONFLICT (conversation_id, sequence) DO UPDATE SET activity_id = EXCLUDED.activity_id, at_ticks = EXCLUDED.at_ticks, activity = EXCLUDED.activity
                """,
                CancellationToken.None, ("conversation", conversationId), ("sequence", entry.Sequence), ("id", entry.ActivityId), ("at", entry.At.UtcTicks), ("activity", activity)).ConfigureAwait(false);
            if (keepFromSequence > 0 && keepFromSequence < entry.Sequence)
            {
                await session.ExecuteAsync(
                    "DELETE FROM chat_transcripts WHERE conversation_id = @conversation AND sequence < @keep", CancellationToken.None,
                    ("conversation", conversationId), ("keep", keepFromSequence)).ConfigureAwait(false);
            }
        }, CancellationToken.None));
    }

    /// <summary>The entry, or null when its key is gone (e.g. rotated out): that message is just not shown again.</summary>
    private TranscriptEntry? Read((long Sequence, string ActivityId, long At, string Activity) row)
    {
        try
        {
            return new TranscriptEntry(row.Sequence, row.ActivityId, Encoding.UTF8.GetBytes(_protector.Unprotect(row.Activity)), new DateTimeOffset(row.At, TimeSpan.Zero));
        }
        catch (CryptographicException exception)
        {
            LogWriteFailed(_logger, exception.Message);
            return null;
        }
    }

    private void Guarded(Func<Task> work)
    {
        try
        {
            work().GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            LogWriteFailed(_logger, exception.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat transcript not stored or read (the chat goes on, only its history after a restart is affected): {Reason}")]
    private static partial void LogWriteFailed(ILogger logger, string reason);
}
