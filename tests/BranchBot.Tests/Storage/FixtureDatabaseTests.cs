using BranchBot.Core.Membership;
using BranchBot.Core.Talks;
using BranchBot.Storage.LiteDb;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Storage;

/// <summary>
/// The database written by release 0d9b7e6 (Storage/Fixtures, see benchmarks/BranchBot.MixBench <c>fixture</c>) opens
/// and reads as that release read it: 台账, 广播记录 and 我的通知 equal the texts kept beside the file, and the 谈心
/// content written under the fixture's key decrypts. Later versions migrate the file; these texts are what the
/// migration must preserve.
/// </summary>
public sealed class FixtureDatabaseTests : IDisposable
{
    /// <summary>Set to 1 to rewrite the snapshot texts from what this code answers (the test then fails, to be rerun).</summary>
    private const string WriteSnapshotsVariable = "BRANCHBOT_WRITE_FIXTURE_SNAPSHOTS";

    private readonly ReleaseFixtureCopy _fixture = new();

    [Fact]
    public async Task Todays_code_reads_the_release_fixture_as_the_snapshots_say()
    {
        await using var bot = _fixture.Bot();

        var read = ReleaseFixtureCopy.ReadSnapshots(bot);

        if (Environment.GetEnvironmentVariable(WriteSnapshotsVariable) == "1")
        {
            foreach (var (command, text) in read)
            {
                await File.WriteAllTextAsync(Path.Combine(ReleaseFixtureCopy.SourceFolder(), $"{ReleaseFixtureCopy.Release}.{command}.txt"), text);
            }

            Assert.Fail($"Snapshots rewritten into {ReleaseFixtureCopy.SourceFolder()}; unset {WriteSnapshotsVariable} and run again.");
        }

        foreach (var command in ReleaseFixtureCopy.SnapshotCommands)
        {
            Assert.Equal(await File.ReadAllTextAsync(ReleaseFixtureCopy.SnapshotPath(command)), read[command]);
        }
    }

    [Fact]
    public async Task The_fixture_holds_what_the_migration_must_carry()
    {
        await using var bot = _fixture.Bot();
        var membership = bot.Services.GetRequiredService<MembershipService>();
        var secretary = await membership.FindByChatAccountAsync(new ChatAccount("test", "secretary"), CancellationToken.None);

        var members = await membership.ListMembersAsync(CancellationToken.None);
        var groups = await membership.ListGroupsAsync(CancellationToken.None);
        var talks = await bot.Services.GetRequiredService<TalkRecordService>().ListForAsync(secretary!, "张三", CancellationToken.None);

        Assert.Equal("机关第一党支部", (await membership.GetBranchAsync(CancellationToken.None))!.Name);
        Assert.Equal(10, members.Count);
        Assert.Equal(["第一党小组", "第二党小组"], groups.Select(g => g.Name).Order(StringComparer.Ordinal));
        Assert.Equal("希望多组织业务培训", Assert.Single(talks.Value!.Talks).Issues);
    }

    [Fact]
    public async Task Every_collection_a_branch_owns_has_documents_in_the_fixture()
    {
        await using var bot = _fixture.Bot();
        var database = bot.Services.GetRequiredService<LiteDbContext>().Database;

        var empty = BranchOwned.Where(name => database.GetCollection(name).Count() == 0).ToList();

        Assert.Empty(empty);
        Assert.Contains(database.GetCollection(LiteDbCollections.SentMarkers).FindAll(), m => m["_id"].AsString.StartsWith("compliance:", StringComparison.Ordinal));
        Assert.Contains(database.GetCollection(LiteDbCollections.DeliveryItems).FindAll(), d => d["BatchId"].AsString == "broadcast:2");
    }

    /// <summary>The collections whose documents belong to the one branch (issue 16 gives each a branch).</summary>
    private static readonly string[] BranchOwned =
    [
        LiteDbCollections.Members, LiteDbCollections.PartyGroups, LiteDbCollections.Invites,
        LiteDbCollections.Meetings, LiteDbCollections.MeetingPlans, LiteDbCollections.Attendance,
        LiteDbCollections.Broadcasts, LiteDbCollections.BroadcastAcknowledgements, LiteDbCollections.BroadcastReplies, LiteDbCollections.BroadcastPlans,
        LiteDbCollections.Talks, LiteDbCollections.TalkAssignments, LiteDbCollections.Feedback, LiteDbCollections.FeedbackDrafts, LiteDbCollections.FollowUps, LiteDbCollections.Suggestions, LiteDbCollections.TalkAudit,
        LiteDbCollections.KnowledgeEntries, LiteDbCollections.PendingQuestions, LiteDbCollections.KnowledgeAnswerLog, LiteDbCollections.KnowledgeFeedback,
        LiteDbCollections.ConsoleAudit,
    ];

    public void Dispose() => _fixture.Dispose();
}
