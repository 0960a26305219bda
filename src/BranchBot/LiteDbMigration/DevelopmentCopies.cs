using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.PartyDevelopment;
using BranchBot.Storage.Postgres;
using BranchBot.Storage.Postgres.PartyDevelopment;

namespace BranchBot.LiteDbMigration;

/// <summary>发展党员 files, each with all its steps, in its branch.</summary>
internal static class DevelopmentCopies
{
    public static Task<CollectionCount> FilesAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<DevelopmentDocument>(LiteDbCollections.PartyDevelopment).FindAll(), LiteDbCollections.PartyDevelopment, document =>
        {
            var record = document.ToRecord();
            return ImportRows.WriteIfAbsentAsync(target, "party_development", "id = @id",
                session => PostgresDevelopmentStore.WriteAsync(session, record, document.BranchId, cancellationToken), cancellationToken, ("id", record.Id));
        });
}
