using BranchBot.Core.Security;
using BranchBot.LiteDbMigration;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Files;
using BranchBot.Storage.LiteDb.Schema;
using BranchBot.Storage.Postgres;
using BranchBot.Storage.Postgres.Schema;

namespace BranchBot.Cli;

/// <summary>
/// migrate-from-litedb FILE: copies a LiteDB database into the PostgreSQL database the configuration names. The file
/// is never changed: it is copied aside, the copy is upgraded to the current LiteDB schema (as a server would) and
/// read. The server lock is held meanwhile, so a server cannot start on the file mid-copy, and a running one refuses it.
/// </summary>
internal sealed class MigrateFromLiteDbCli(IServiceProvider services, TextWriter output, TextWriter error)
{
    public async Task<int> RunAsync(string[] args)
    {
        if (args is not [var file])
        {
            return CliUsage.Fail(error);
        }

        if (services.GetService<PostgresDatabase>() is not { } target)
        {
            await error.WriteLineAsync("目标数据库不是 PostgreSQL：请把 ConnectionStrings:BranchBot 设为 PostgreSQL 连接串（Host=…;Database=…）再迁移。");
            return 2;
        }

        var path = Path.GetFullPath(file);
        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"找不到 LiteDB 数据库文件：{path}");
            return 2;
        }

        var files = new DatabaseFiles(path, Encrypted: false);
        using var serverLock = ServerFileLock.TryTake(files, services.GetRequiredService<TimeProvider>(), out var refusal);
        if (serverLock is null)
        {
            await error.WriteLineAsync($"数据库文件正被运行中的服务使用，请先停止服务再迁移。{refusal}");
            return 2;
        }

        var workFolder = Directory.CreateTempSubdirectory("branchbot-migrate-");
        try
        {
            return await MigrateCopyAsync(files, workFolder.FullName, target);
        }
        finally
        {
            workFolder.Delete(recursive: true);
        }
    }

    private async Task<int> MigrateCopyAsync(DatabaseFiles files, string workFolder, PostgresDatabase target)
    {
        var copy = Path.Combine(workFolder, Path.GetFileName(files.Data));
        File.Copy(files.Data, copy);
        if (File.Exists(files.Log))
        {
            File.Copy(files.Log, DatabaseFiles.LogOf(copy));
        }

        using var source = LiteDbContext.Open($"Filename={copy};Connection=direct");
        try
        {
            LiteDbSchema.Upgrade(source, LiteDbSchema.Steps);
        }
        catch (Storage.LiteDb.Schema.SchemaTooNewException tooNew)
        {
            await error.WriteLineAsync(tooNew.Message);
            return 2;
        }

        if (LiteDbToPostgres.Check(source, services.GetRequiredService<IContentProtector>()) is { } refusal)
        {
            await error.WriteLineAsync(refusal.Reason);
            return 2;
        }

        await PostgresMigrator.MigrateAsync(target, PostgresSchema.Migrations, CancellationToken.None);
        if (await TargetOrganisation.PrepareAsync(source, target, CancellationToken.None) is { } targetRefusal)
        {
            await error.WriteLineAsync(targetRefusal.Reason);
            return 2;
        }

        await output.WriteLineAsync($"从 {files.Data} 迁移到 PostgreSQL：");
        foreach (var count in await LiteDbToPostgres.CopyAsync(source, target, CancellationToken.None))
        {
            await output.WriteLineAsync($"  {count.Collection}：复制 {count.Copied} 条，已存在 {count.AlreadyThere} 条");
        }

        await output.WriteLineAsync("谈心内容、密钥和哈希按原样复制：Security:DataKey（或密钥文件）必须和 LiteDB 部署用的是同一个，否则谈心内容无法读取。");
        return 0;
    }
}
