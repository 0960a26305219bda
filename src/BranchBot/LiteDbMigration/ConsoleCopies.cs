using BranchBot.ChatPage;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.WebConsole;
using BranchBot.Storage.Postgres;

namespace BranchBot.LiteDbMigration;

/// <summary>
/// The web console's memory (sign-in links already used, sessions ended, its audit log) and the chat page's
/// transcripts (encrypted as they are), so nothing a member or secretary could do before the move works again after it.
/// </summary>
internal static class ConsoleCopies
{
    public static Task<CollectionCount> UsedLoginsAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<UsedLoginDocument>(LiteDbCollections.ConsoleUsedLogins).FindAll(), LiteDbCollections.ConsoleUsedLogins,
            login => ImportRows.InsertIfAbsentAsync(target, "console_used_logins", cancellationToken,
                ("link_id", login.Id), ("expires_ticks", Utc(login.ExpiresAtUtc).UtcTicks)));

    public static Task<CollectionCount> SignOutsAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<SignOutDocument>(LiteDbCollections.ConsoleSignOuts).FindAll(), LiteDbCollections.ConsoleSignOuts,
            signOut => ImportRows.InsertIfAbsentAsync(target, "console_sign_outs", cancellationToken,
                ("key", signOut.Id), ("at_ticks", Utc(signOut.AtUtc).UtcTicks), ("forget_after_ticks", Utc(signOut.ForgetAfterUtc).UtcTicks)));

    public static Task<CollectionCount> AuditAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<ConsoleAuditDocument>(LiteDbCollections.ConsoleAudit).FindAll(), LiteDbCollections.ConsoleAudit, document =>
        {
            var entry = document.ToEntry();
            return ImportRows.InsertIfAbsentAsync(target, "console_audit", cancellationToken,
                ("id", entry.Id), ("branch_id", document.BranchId), ("at_ticks", entry.At.UtcTicks), ("doc", Documents.Json(entry)));
        });

    public static Task<CollectionCount> ChatTranscriptsAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<LiteDbChatTranscriptStore.TranscriptDocument>(LiteDbCollections.ChatTranscripts).FindAll(), LiteDbCollections.ChatTranscripts,
            transcript => ImportRows.InsertIfAbsentAsync(target, "chat_transcripts", cancellationToken,
                ("conversation_id", transcript.ConversationId), ("sequence", transcript.Sequence), ("activity_id", transcript.Id),
                ("at_ticks", transcript.AtUtcTicks), ("activity", transcript.Activity)));

    // LiteDB hands dates back in the server's local time.
    private static DateTimeOffset Utc(DateTime value) => new(value.ToUniversalTime());
}
