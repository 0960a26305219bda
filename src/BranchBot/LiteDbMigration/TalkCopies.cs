using System.Security.Cryptography;
using BranchBot.Core.Security;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Talks;
using BranchBot.Storage.Postgres;
using BranchBot.Storage.Postgres.Talks;

namespace BranchBot.LiteDbMigration;

/// <summary>谈心 records, their ciphertext copied as it is: readable on PostgreSQL only with the same content key.</summary>
internal static class TalkCopies
{
    public static Task<CollectionCount> TalksAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<TalkDocument>(LiteDbCollections.Talks).FindAll(), LiteDbCollections.Talks, document =>
        {
            var record = document.ToRecord();
            return ImportRows.WriteIfAbsentAsync(target, "talks", "id = @id",
                session => PostgresTalkStore.WriteTalkAsync(session, record, document.BranchId, cancellationToken), cancellationToken, ("id", record.Id));
        });

    /// <summary>False when a 谈心 record exists and the configured key cannot read it (copied, it would be unreadable).</summary>
    public static bool KeyReadsASample(LiteDbContext source, IContentProtector protector)
    {
        if (source.Collection<TalkDocument>(LiteDbCollections.Talks).FindAll().FirstOrDefault() is not { } sample)
        {
            return true;
        }

        try
        {
            _ = protector.Unprotect(sample.Topics);
            return true;
        }
        catch (Exception failure) when (failure is CryptographicException or FormatException)
        {
            return false;
        }
    }
}
