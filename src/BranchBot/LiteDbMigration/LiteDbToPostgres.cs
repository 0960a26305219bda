using BranchBot.Core.Security;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.Postgres;

namespace BranchBot.LiteDbMigration;

/// <summary>
/// Copies every collection of an opened (already upgraded) LiteDB database into PostgreSQL. Before anything is
/// written the file's collections are checked: one this version does not know, or one holding documents this version
/// cannot copy yet, is a refusal naming them, never a silent skip.
/// </summary>
internal static class LiteDbToPostgres
{
    public static MigrationRefusal? Check(LiteDbContext source, IContentProtector protector)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(protector);
        var names = source.Database.GetCollectionNames().Order(StringComparer.Ordinal).ToList();
        var unknown = names.Where(n => !LiteDbCollections.All.Contains(n, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            return new MigrationRefusal($"数据库里有本版本不认识的集合：{string.Join("、", unknown)}。请用写入它的 BranchBot 版本迁移，什么都没有复制。");
        }

        var notCopyable = names
            .Where(n => !CollectionCopies.NotData.Contains(n) && !CollectionCopies.ByCollection.ContainsKey(n))
            .Where(n => source.Database.GetCollection(n).Count() > 0)
            .ToList();
        if (notCopyable.Count > 0)
        {
            return new MigrationRefusal($"本版本还不能迁移这些集合：{string.Join("、", notCopyable)}。什么都没有复制。");
        }

        return TalkCopies.KeyReadsASample(source, protector)
            ? null
            : new MigrationRefusal("配置的内容密钥读不出这个数据库的谈心记录：Security:DataKey（或密钥文件）必须是 LiteDB 部署用的那一个。什么都没有复制。");
    }

    public static async Task<IReadOnlyList<CollectionCount>> CopyAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var counts = new List<CollectionCount>();
        foreach (var (collection, copy) in CollectionCopies.ByCollection.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            counts.Add(await copy(source, target, cancellationToken).ConfigureAwait(false));
        }

        return counts;
    }
}

/// <summary>Why a file is not migrated, in one line for the person running the command.</summary>
internal sealed record MigrationRefusal(string Reason);
