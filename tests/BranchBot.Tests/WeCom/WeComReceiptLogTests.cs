using BranchBot.Storage.LiteDb;
using BranchBot.WeCom;
using Microsoft.Extensions.Time.Testing;

namespace BranchBot.Tests.WeCom;

/// <summary>Handled 企业微信 callbacks are remembered in the database: a delivery retried after a restart is handled once.</summary>
public sealed class WeComReceiptLogTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("branchbot-wecom-");

    private string Connection => $"Filename={Path.Combine(_folder.FullName, "branchbot.db")};Connection=shared";

    [Fact]
    public async Task A_callback_recorded_before_a_restart_is_still_known_after_it()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));
        using (var first = LiteDbContext.Open(Connection, _folder.FullName))
        {
            var log = new LiteDbWeComReceiptLog(first, clock);
            Assert.True(await log.TryRecordAsync("msg:4561255354251345929", CancellationToken.None));
            Assert.False(await log.TryRecordAsync("msg:4561255354251345929", CancellationToken.None));
        }

        using var second = LiteDbContext.Open(Connection, _folder.FullName);
        var reopened = new LiteDbWeComReceiptLog(second, clock);
        Assert.False(await reopened.TryRecordAsync("msg:4561255354251345929", CancellationToken.None));
        Assert.True(await reopened.TryRecordAsync("event:zhangsan:1409659813", CancellationToken.None));
    }

    [Fact]
    public async Task Records_older_than_the_retention_are_forgotten_at_start()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));
        using var database = LiteDbContext.Open(Connection, _folder.FullName);
        Assert.True(await new LiteDbWeComReceiptLog(database, clock).TryRecordAsync("card:bb-1:zhangsan", CancellationToken.None));

        clock.Advance(LiteDbWeComReceiptLog.Retention + TimeSpan.FromDays(1));
        Assert.True(await new LiteDbWeComReceiptLog(database, clock).TryRecordAsync("card:bb-1:zhangsan", CancellationToken.None));
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
