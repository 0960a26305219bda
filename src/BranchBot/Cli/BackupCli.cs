using System.Globalization;
using BranchBot.Core.Security;
using BranchBot.Core.Time;
using BranchBot.Storage.LiteDb;
using LiteDB;

namespace BranchBot.Cli;

/// <summary>
/// backup [FILE]: a consistent copy of the database, taken while the server runs. Every user of the file waits
/// during the copy (it takes the file's shared-mode lock), and the copy is opened afterwards to prove it reads.
/// </summary>
internal sealed class BackupCli(IServiceProvider services, TextWriter output, TextWriter error)
{
    public async Task<int> RunAsync(string[] args)
    {
        if (services.GetService<LiteDbContext>() is not { } context)
        {
            await error.WriteLineAsync("PostgreSQL 数据库请用 pg_dump 备份（见 docs/backup.md），backup 命令只复制 LiteDB 文件。");
            return 2;
        }

        if (context.File is null)
        {
            await error.WriteLineAsync("内存数据库没有文件可以备份。");
            return 2;
        }

        var destination = args switch
        {
            [] => DefaultDestination(context.File),
            [var file] => Path.GetFullPath(file),
            _ => null,
        };
        if (destination is null)
        {
            return CliUsage.Fail(error);
        }

        if (File.Exists(destination))
        {
            await error.WriteLineAsync($"备份文件已存在，不会覆盖：{destination}");
            return 2;
        }

        OwnerOnlyFile.CreateFolder(Path.GetDirectoryName(destination)!);
        try
        {
            context.CopyTo(destination);
        }
        catch (InvalidOperationException)
        {
            await error.WriteLineAsync("只有共享模式（Connection=shared，默认）的数据库能在服务运行时备份；请停止服务后直接复制数据库文件。");
            return 2;
        }

        var (members, meetings) = Verify(destination);
        await output.WriteLineAsync($"已备份到 {destination}（{members} 名党员，{meetings} 次会议）。");
        await output.WriteLineAsync("密钥文件（默认 data/branchbot.key 和 data/branchbot.signing.key）请另行备份，不要和数据库备份放在一起；没有它们，谈心内容无法读取，邀请码和日历链接失效。");
        return 0;
    }

    private string DefaultDestination(string database)
    {
        var now = services.GetRequiredService<BranchClock>().Now;
        var stamp = now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        return Path.Combine(Path.GetDirectoryName(database)!, "backups", $"{Path.GetFileNameWithoutExtension(database)}-{stamp}.db");
    }

    private static (int Members, int Meetings) Verify(string copy)
    {
        using var database = new LiteDatabase(new ConnectionString { Filename = copy, ReadOnly = true, Connection = ConnectionType.Direct });
        return (database.GetCollection(LiteDbCollections.Members).Count(), database.GetCollection(LiteDbCollections.Meetings).Count());
    }
}
