using System.Net;
using BranchBot.Core.Storage;
using BranchBot.Storage.LiteDb;
using BranchBot.Tests.Support;
using LiteDB;

namespace BranchBot.Tests.Storage;

/// <summary>
/// The database on a disk that fills up: writes fail at once with a storage problem (they used to hang every database
/// call, /healthz included, for good), nothing stored is lost, and writing works again once space returns.
/// </summary>
public class FullDiskTests
{
    // A hang is the failure being tested; a bound turns it into a failed assertion instead of a stuck test run.
    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(60);

    [SkippableFact]
    public async Task Writes_on_a_full_disk_fail_fast_reads_go_on_and_writes_recover_when_space_returns()
    {
        using var disk = SmallDisk.Mount(megabytes: 4);
        var connection = $"Filename={Path.Combine(disk.Folder, "branchbot.db")};Connection=shared";

        // No reserve: the write itself meets the full disk, inside LiteDB's log writer.
        using var context = LiteDbContext.Open(connection, minimumFreeBytes: 0);
        var members = context.Collection<BsonDocument>(LiteDbCollections.Members);
        members.Insert(new BsonDocument { ["_id"] = "before", ["Name"] = "张三" });

        disk.Fill();
        var failed = await Task.Run(() => Record.Exception(() =>
        {
            for (var i = 0; i < 50; i++)
            {
                members.Insert(new BsonDocument { ["_id"] = $"full{i}", ["Name"] = new string('李', 2000) });
            }
        })).WaitAsync(HangBound);

        var storage = Assert.IsType<StorageUnavailableException>(failed);
        Assert.Equal(StorageProblem.DiskFull, storage.Problem);
        Assert.True(context.Health.LastWriteFailedForSpace);
        var reading = await Task.Run(() => members.FindById("before")).WaitAsync(HangBound);
        Assert.Equal("张三", reading["Name"].AsString);
        Assert.Equal(StorageStatus.DiskFull, await Task.Run(context.CheckStatus).WaitAsync(HangBound));

        disk.Free();
        await Task.Run(() => members.Insert(new BsonDocument { ["_id"] = "after", ["Name"] = "王五" })).WaitAsync(HangBound);
        Assert.Equal(StorageStatus.Ok, context.CheckStatus());
        context.Dispose();

        using var reopened = LiteDbContext.Open(connection, minimumFreeBytes: 0);
        var kept = reopened.Collection<BsonDocument>(LiteDbCollections.Members).FindAll().Select(m => m["_id"].AsString).ToList();
        Assert.Contains("before", kept);
        Assert.Contains("after", kept);
    }

    [SkippableFact]
    public async Task A_member_is_told_the_disk_is_full_healthz_answers_503_and_both_recover()
    {
        using var disk = SmallDisk.Mount(megabytes: 24);
        await using var app = new BranchBotApplication(new Dictionary<string, string?>
        {
            ["ConnectionStrings:BranchBot"] = $"Filename={Path.Combine(disk.Folder, "branchbot.db")};Connection=shared",
        });
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
        await client.PostAsync(new Uri("/api/messages", UriKind.Relative), Message("帮助"));
        app.Connector.Calls.Clear();

        disk.Fill();
        var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative)).WaitAsync(HangBound);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Contains("磁盘空间不足", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var turn = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), Message("初始化 " + BotHarness.SetupCode + " 第一党支部")).WaitAsync(HangBound);
        Assert.True(turn.StatusCode == HttpStatusCode.OK, await turn.Content.ReadAsStringAsync());

        // The dialog's question may already be out when saving its state fails; the last word says nothing was kept.
        Assert.Contains("存储空间已满", app.Connector.Calls.Last().Activity.Text, StringComparison.Ordinal);

        disk.Free();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative)).WaitAsync(HangBound)).StatusCode);
        await client.PostAsync(new Uri("/api/messages", UriKind.Relative), Message("初始化 " + BotHarness.SetupCode + " 第一党支部")).WaitAsync(HangBound);
        Assert.Contains("请输入你的姓名", app.Connector.Calls.Last().Activity.Text, StringComparison.Ordinal);
    }

    private static StringContent Message(string text) => new(
        System.Text.Json.JsonSerializer.Serialize(new
        {
            type = "message",
            id = "1",
            channelId = "emulator",
            serviceUrl = "http://127.0.0.1:9/",
            text,
            from = new { id = "secretary" },
            recipient = new { id = "bot" },
            conversation = new { id = "c1" },
        }), System.Text.Encoding.UTF8, "application/json");
}
