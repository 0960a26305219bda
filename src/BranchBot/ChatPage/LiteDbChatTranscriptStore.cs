using BranchBot.BotFramework.DirectLine;
using System.Security.Cryptography;
using System.Text;
using BranchBot.BotFramework.DirectLine.Conversations;
using BranchBot.Core.Security;
using BranchBot.Storage.LiteDb;
using LiteDB;
using Microsoft.Extensions.Options;

namespace BranchBot.ChatPage;

/// <summary>
/// The chat page's transcripts in the database (collection <c>chat_transcripts</c>, one document per activity), so a
/// member's page shows their recent messages after a restart. Bounded like the memory copy: the conversation's
/// oldest activities go when it holds more than DirectLine:MaxActivitiesPerConversation (or bytes), and anything
/// older than DirectLine:TranscriptDays is deleted at start-up and when a conversation is loaded.
/// Each activity is encrypted with the content key (<see cref="IContentProtector"/>), as 谈心 content is: what members
/// type on the chat page (a 谈心 answer, a 匿名建议) never lies in the database in plain text.
/// A write that fails (full disk, busy file) is logged and costs only history: the chat itself goes on.
/// </summary>
internal sealed partial class LiteDbChatTranscriptStore : IDirectLineTranscriptStore
{
    private readonly ILiteCollection<TranscriptDocument> _collection;
    private readonly ILogger<LiteDbChatTranscriptStore> _logger;
    private readonly IContentProtector _protector;

    public LiteDbChatTranscriptStore(LiteDbContext context, IContentProtector protector, IOptions<DirectLineOptions> options, TimeProvider time, ILogger<LiteDbChatTranscriptStore> logger)
    {
        _protector = protector;
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _logger = logger;
        _collection = context.Collection<TranscriptDocument>(LiteDbCollections.ChatTranscripts);
        Guarded(() =>
        {
            _collection.EnsureIndex(d => d.ConversationId);
            _collection.EnsureIndex(d => d.AtUtcTicks);
            var cutoff = (time.GetUtcNow() - options.Value.TranscriptRetention).UtcTicks;
            _collection.DeleteMany(d => d.AtUtcTicks < cutoff);
        });
    }

    public IReadOnlyList<TranscriptEntry> Load(string conversationId, DateTimeOffset notBefore)
    {
        IReadOnlyList<TranscriptEntry> entries = [];
        Guarded(() =>
        {
            var cutoff = notBefore.UtcTicks;
            var documents = _collection.Find(d => d.ConversationId == conversationId).OrderBy(d => d.Sequence).ToList();
            if (documents.Any(d => d.AtUtcTicks < cutoff))
            {
                _collection.DeleteMany(d => d.ConversationId == conversationId && d.AtUtcTicks < cutoff);
            }

            entries = [.. documents.Where(d => d.AtUtcTicks >= cutoff).Select(Read).OfType<TranscriptEntry>()];
        });
        return entries;
    }

    public void Append(string conversationId, TranscriptEntry entry, long keepFromSequence)
    {
        ArgumentNullException.ThrowIfNull(entry);
        Guarded(() =>
        {
            _collection.Insert(TranscriptDocument.From(conversationId, entry, _protector.Protect(Encoding.UTF8.GetString(entry.Json))));
            if (keepFromSequence > 0 && keepFromSequence < entry.Sequence)
            {
                _collection.DeleteMany(d => d.ConversationId == conversationId && d.Sequence < keepFromSequence);
            }
        });
    }

    /// <summary>The entry, or null when its key is gone (e.g. rotated out): that message is just not shown again.</summary>
    private TranscriptEntry? Read(TranscriptDocument document)
    {
        try
        {
            return document.ToEntry(Encoding.UTF8.GetBytes(_protector.Unprotect(document.Activity)));
        }
        catch (CryptographicException exception)
        {
            LogWriteFailed(_logger, exception.Message);
            return null;
        }
    }

    private void Guarded(Action work)
    {
        try
        {
            work();
        }
        catch (Exception exception) when (exception is LiteException or IOException or UnauthorizedAccessException or Core.Storage.StorageUnavailableException)
        {
            LogWriteFailed(_logger, exception.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat transcript not stored or read (the chat goes on, only its history after a restart is affected): {Reason}")]
    private static partial void LogWriteFailed(ILogger logger, string reason);

    internal sealed class TranscriptDocument
    {
        /// <summary>"{conversation}|{sequence}": the activity id, unique.</summary>
        public string Id { get; set; } = string.Empty;
        public string ConversationId { get; set; } = string.Empty;
        public long Sequence { get; set; }

        /// <summary>The activity's wire JSON, encrypted.</summary>
        public string Activity { get; set; } = string.Empty;
        public long AtUtcTicks { get; set; }

        public static TranscriptDocument From(string conversationId, TranscriptEntry entry, string protectedJson) => new()
        {
            Id = entry.ActivityId,
            ConversationId = conversationId,
            Sequence = entry.Sequence,
            Activity = protectedJson,
            AtUtcTicks = entry.At.UtcTicks,
        };

        public TranscriptEntry ToEntry(byte[] json) => new(Sequence, Id, json, new DateTimeOffset(AtUtcTicks, TimeSpan.Zero));
    }
}
