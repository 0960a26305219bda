using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using BranchBot.BotFramework.DirectLine;
using BranchBot.BotFramework.DirectLine.Conversations;
using BranchBot.Core.Security;
using BranchBot.Core.Storage;
using BranchBot.Storage.Postgres;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BranchBot.ChatPage;

/// <summary>
/// The chat page's conversations shared by every instance on one PostgreSQL database. <c>chat_conversations</c> holds
/// each conversation's last sequence: an append takes the next one under that row's lock, so appends to one
/// conversation commit in sequence order and a reader never sees a later activity before an earlier one. Activities
/// go to <c>chat_transcripts</c>, encrypted with the content key as everywhere else, the conversation's latest
/// DirectLine:MaxActivitiesPerConversation kept. Transcripts without a row (copied by migrate-from-litedb) count as
/// started and are numbered on from their last sequence. A notice per conversation (<see cref="ChangeTopics.DirectLine"/>)
/// wakes the instances holding its streams.
/// </summary>
internal sealed partial class PostgresDirectLineLog : IDirectLineSharedLog
{
    private readonly PostgresDatabase _database;
    private readonly IContentProtector _protector;
    private readonly IChangeNotices _notices;
    private readonly IOptions<DirectLineOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<PostgresDirectLineLog> _logger;

    public PostgresDirectLineLog(PostgresDatabase database, IContentProtector protector, IChangeNotices notices, IOptions<DirectLineOptions> options, TimeProvider time, ILogger<PostgresDirectLineLog> logger)
    {
        _database = database;
        _protector = protector;
        _notices = notices;
        _options = options;
        _time = time;
        _logger = logger;
    }

    public bool IsShared => _notices.SharedWithOtherInstances;

    private long Cutoff => (_time.GetUtcNow() - _options.Value.TranscriptRetention).UtcTicks;

    public async Task<bool> StartAsync(string conversationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Conversations unused beyond DirectLine:TranscriptDays are forgotten in the same statement.
        var inserted = await Guarded(() => _database.ScalarAsync(
            """
            WITH forgotten AS (DELETE FROM chat_conversations WHERE used_ticks < @cutoff AND conversation_id <> @conversation)
            INSERT INTO chat_conversations AS c (conversation_id, last_sequence, used_ticks)
            VALUES (@conversation, greatest(@start, (SELECT max(sequence) FROM chat_transcripts WHERE conversation_id = @conversation)), @now)
            ON CONFLICT (conversation_id) DO UPDATE SET used_ticks = greatest(c.used_ticks, EXCLUDED.used_ticks)
            RETURNING xmax = 0 AND NOT EXISTS (SELECT 1 FROM chat_transcripts WHERE conversation_id = @conversation)
            """,
            cancellationToken, ("conversation", conversationId), ("start", FirstSequence(now)), ("now", now.UtcTicks), ("cutoff", Cutoff))).ConfigureAwait(false);
        return inserted is true;
    }

    public async Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken) =>
        await Guarded(() => _database.ScalarAsync(
            """
            SELECT EXISTS (SELECT 1 FROM chat_conversations WHERE conversation_id = @conversation AND used_ticks >= @cutoff)
                OR EXISTS (SELECT 1 FROM chat_transcripts WHERE conversation_id = @conversation AND at_ticks >= @cutoff)
            """,
            cancellationToken, ("conversation", conversationId), ("cutoff", Cutoff))).ConfigureAwait(false) is true;

    public Task<TranscriptEntry> AppendAsync(string conversationId, Func<long, (string ActivityId, byte[] Json)> write, DateTimeOffset now, int keep, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        return Guarded(() => _database.InTransactionAsync(async session =>
        {
            var sequence = (long)(await session.ScalarAsync(
                """
                INSERT INTO chat_conversations AS c (conversation_id, last_sequence, used_ticks)
                VALUES (@conversation, greatest(@start, (SELECT max(sequence) + 1 FROM chat_transcripts WHERE conversation_id = @conversation)), @now)
                ON CONFLICT (conversation_id) DO UPDATE SET last_sequence = c.last_sequence + 1, used_ticks = greatest(c.used_ticks, EXCLUDED.used_ticks)
                RETURNING last_sequence
                """,
                cancellationToken, ("conversation", conversationId), ("start", FirstSequence(now)), ("now", now.UtcTicks)).ConfigureAwait(false))!;
            var (activityId, json) = write(sequence);
            await session.ExecuteAsync(
                "INSERT INTO chat_transcripts (conversation_id, sequence, activity_id, at_ticks, activity) VALUES (@conversation, @sequence, @id, @at, @activity)",
                cancellationToken, ("conversation", conversationId), ("sequence", sequence), ("id", activityId), ("at", now.UtcTicks),
                ("activity", _protector.Protect(Encoding.UTF8.GetString(json)))).ConfigureAwait(false);
            await session.ExecuteAsync(
                """
                DELETE FROM chat_transcripts WHERE conversation_id = @conversation AND sequence < (
                    SELECT sequence FROM chat_transcripts WHERE conversation_id = @conversation ORDER BY sequence DESC OFFSET @skip LIMIT 1)
                """,
                cancellationToken, ("conversation", conversationId), ("skip", Math.Max(1, keep) - 1)).ConfigureAwait(false);
            return new TranscriptEntry(sequence, activityId, json, now);
        }, cancellationToken));
    }

    public async Task<IReadOnlyList<TranscriptEntry>> ReadAfterAsync(string conversationId, long afterSequence, CancellationToken cancellationToken)
    {
        try
        {
            var rows = await _database.QueryAsync(
                """
                SELECT sequence, activity_id, at_ticks, activity FROM chat_transcripts
                WHERE conversation_id = @conversation AND sequence > @after AND at_ticks >= @cutoff ORDER BY sequence
                """,
                r => (Sequence: r.GetInt64(0), ActivityId: r.GetString(1), At: r.GetInt64(2), Activity: r.GetString(3)),
                cancellationToken, ("conversation", conversationId), ("after", afterSequence), ("cutoff", Cutoff)).ConfigureAwait(false);
            return [.. rows.Select(row => Read(row.Sequence, row.ActivityId, row.At, row.Activity)).OfType<TranscriptEntry>()];
        }
        catch (Exception exception) when (IsUnavailable(exception))
        {
            LogReadFailed(_logger, exception.Message);
            return [];
        }
    }

    public async ValueTask AnnounceAsync(string conversationId, CancellationToken cancellationToken)
    {
        try
        {
            await _notices.PublishAsync(ChangeTopics.DirectLine(conversationId), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (IsUnavailable(exception))
        {
            LogAnnounceFailed(_logger, exception.Message);
        }
    }

    public IDisposable Watch(string conversationId, Action appended) => _notices.Subscribe(ChangeTopics.DirectLine(conversationId), appended);

    /// <summary>As the single-instance channel numbers them: from the start time in microseconds, above any earlier watermark.</summary>
    private static long FirstSequence(DateTimeOffset now) => Math.Max(1, now.ToUnixTimeMilliseconds() * 1000);

    /// <summary>The entry, or null when its key is gone (e.g. rotated out): that message is just not shown again.</summary>
    private TranscriptEntry? Read(long sequence, string activityId, long at, string activity)
    {
        try
        {
            return new TranscriptEntry(sequence, activityId, Encoding.UTF8.GetBytes(_protector.Unprotect(activity)), new DateTimeOffset(at, TimeSpan.Zero));
        }
        catch (CryptographicException exception)
        {
            LogReadFailed(_logger, exception.Message);
            return null;
        }
    }

    private static async Task<T> Guarded<T>(Func<Task<T>> work)
    {
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (Exception exception) when (IsUnavailable(exception))
        {
            throw new DirectLineStoreUnavailableException("The chat page's conversations in PostgreSQL cannot be reached: " + exception.Message, exception);
        }
    }

    private static bool IsUnavailable(Exception exception) => exception is NpgsqlException or TimeoutException or SocketException;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat-page activities not read from PostgreSQL (open streams catch up at their next keep-alive): {Reason}")]
    private static partial void LogReadFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Other instances not told of a new chat-page activity (their streams catch up at their next keep-alive): {Reason}")]
    private static partial void LogAnnounceFailed(ILogger logger, string reason);
}
