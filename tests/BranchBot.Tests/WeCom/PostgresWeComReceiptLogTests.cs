using BranchBot.Storage.Postgres;
using BranchBot.Tests.Support;
using BranchBot.WeCom;
using Microsoft.Extensions.Time.Testing;

namespace BranchBot.Tests.WeCom;

/// <summary>On PostgreSQL, a 企业微信 delivery is handled once by whichever instance records it first, also after a restart; old records are dropped.</summary>
public sealed class PostgresWeComReceiptLogTests : IAsyncLifetime
{
    private PostgresDatabase? _database;

    [SkippableFact]
    public async Task A_key_is_recorded_once_across_instances_and_forgotten_after_the_retention()
    {
        _database = await PostgresServer.CreateMigratedAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));
        await using var other = new PostgresDatabase(_database.ConnectionString);
        var first = new PostgresWeComReceiptLog(_database, clock);
        var second = new PostgresWeComReceiptLog(other, clock);

        var both = await Task.WhenAll(
            first.TryRecordAsync("msg:4561255354251345929", CancellationToken.None).AsTask(),
            second.TryRecordAsync("msg:4561255354251345929", CancellationToken.None).AsTask());
        Assert.Single(both, recorded => recorded);
        Assert.False(await new PostgresWeComReceiptLog(_database, clock).TryRecordAsync("msg:4561255354251345929", CancellationToken.None));

        clock.Advance(LiteDbWeComReceiptLog.Retention + TimeSpan.FromDays(1));
        Assert.True(await new PostgresWeComReceiptLog(_database, clock).TryRecordAsync("msg:4561255354251345929", CancellationToken.None));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            var connection = _database.ConnectionString;
            await _database.DisposeAsync();
            await PostgresServer.DropAsync(connection);
        }
    }
}
