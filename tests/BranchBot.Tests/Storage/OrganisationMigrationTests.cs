using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Schema;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Storage;

/// <summary>
/// Release 0d9b7e6's database (a copy of the fixture) opened by this code: it becomes an organisation whose one branch
/// keeps the id "branch", its 书记 the 党建专员, and nothing else changes (台账, 广播记录 and 我的通知 read as before).
/// </summary>
public sealed class OrganisationMigrationTests : IDisposable
{
    private readonly ReleaseFixtureCopy _fixture = new();

    [Fact]
    public async Task The_branch_becomes_a_unit_under_a_root_and_its_secretary_the_party_affairs_officer()
    {
        await using var bot = _fixture.Bot();
        var organisation = bot.Services.GetRequiredService<IOrganisationStore>();

        var units = await organisation.ListUnitsAsync(CancellationToken.None);
        var root = Assert.Single(units, u => u.IsRoot);
        var branch = Assert.Single(units, u => !u.IsRoot);
        var secretary = await bot.Membership.FindByChatAccountAsync(new ChatAccount("test", "secretary"), CancellationToken.None);

        Assert.Equal((OrgUnitKind.PartyCommittee, "机关第一党支部", null), (root.Kind, root.Name, root.SetupCodeHash));
        Assert.Equal((OrganisationStep.MigratedBranchId, OrgUnitKind.Branch, "机关第一党支部", root.Id), (branch.Id, branch.Kind, branch.Name, branch.ParentId));
        Assert.Equal(new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.FromHours(8)), branch.ClaimedAt);
        Assert.Equal(new OrgRole(secretary!.Id, root.Id, OrgRoleKind.PartyAffairsOfficer), Assert.Single(await organisation.ListRolesAsync(CancellationToken.None)));
        Assert.Equal(OrganisationStep.MigratedBranchId, (await bot.Membership.GetBranchAsync(CancellationToken.None))!.Id);
    }

    [Fact]
    public async Task Nothing_is_lost_the_snapshots_still_match_and_the_old_file_is_kept()
    {
        // The counts are taken right after the migration: the snapshot commands below keep conversation state of their own
        // (the view last shown, for "那…呢"), which is no change made by the migration.
        await using (_fixture.Bot())
        {
        }

        using (var migrated = new LiteDatabase($"Filename={_fixture.DatabaseFile};ReadOnly=true"))
        using (var backup = new LiteDatabase($"Filename={_fixture.DatabaseFile}.v0.bak;ReadOnly=true"))
        {
            Assert.Equal((LiteDbSchema.CurrentVersion, 0), (migrated.UserVersion, backup.UserVersion));
            string[] added = [LiteDbCollections.OrgUnits, LiteDbCollections.OrgRoles];
            foreach (var name in backup.GetCollectionNames().Except(added).Except([LiteDbCollections.SentMarkers]))
            {
                Assert.True(backup.GetCollection(name).Count() == migrated.GetCollection(name).Count(), $"The count of {name} changed.");
            }

            // Each compliance marker is copied to the key that names the branch; the old one stays.
            var complianceMarkers = backup.GetCollection(LiteDbCollections.SentMarkers).FindAll().Count(m => m["Key"].AsString.StartsWith("compliance:", StringComparison.Ordinal));
            Assert.NotEqual(0, complianceMarkers);
            Assert.Equal(backup.GetCollection(LiteDbCollections.SentMarkers).Count() + complianceMarkers, migrated.GetCollection(LiteDbCollections.SentMarkers).Count());

            Assert.All(added, name => Assert.Equal(0, backup.GetCollection(name).Count()));
        }

        await using var bot = _fixture.Bot();
        var read = ReleaseFixtureCopy.ReadSnapshots(bot);
        foreach (var command in ReleaseFixtureCopy.SnapshotCommands)
        {
            Assert.Equal(await File.ReadAllTextAsync(ReleaseFixtureCopy.SnapshotPath(command)), read[command]);
        }
    }

    [Fact]
    public async Task A_second_open_changes_nothing()
    {
        await using (_fixture.Bot())
        {
        }

        var backupWritten = File.GetLastWriteTimeUtc(_fixture.DatabaseFile + ".v0.bak");
        var unitsAfterFirst = Documents(LiteDbCollections.OrgUnits);
        await using (var again = _fixture.Bot())
        {
            Assert.Equal(LiteDbSchema.CurrentVersion, again.Services.GetRequiredService<LiteDbContext>().Database.UserVersion);
        }

        Assert.Equal(unitsAfterFirst, Documents(LiteDbCollections.OrgUnits));
        Assert.Single(Documents(LiteDbCollections.OrgRoles));
        Assert.Equal(backupWritten, File.GetLastWriteTimeUtc(_fixture.DatabaseFile + ".v0.bak"));
        Assert.Single(Directory.GetFiles(_fixture.Folder, "*.bak"));
    }

    [Fact]
    public async Task The_step_run_again_on_a_migrated_database_writes_nothing()
    {
        await using var bot = _fixture.Bot();
        var context = bot.Services.GetRequiredService<LiteDbContext>();
        var before = Documents(context.Database, LiteDbCollections.OrgUnits);

        context.InTransaction(() => new OrganisationStep().Apply(context.Database));

        Assert.Equal(before, Documents(context.Database, LiteDbCollections.OrgUnits));
        Assert.Single(context.Database.GetCollection(LiteDbCollections.OrgRoles).FindAll());
    }

    [Theory]
    [InlineData(LiteDbCollections.Members)]
    [InlineData(LiteDbCollections.PartyGroups)]
    [InlineData(LiteDbCollections.Invites)]
    [InlineData(LiteDbCollections.Meetings)]
    [InlineData(LiteDbCollections.MeetingPlans)]
    [InlineData(LiteDbCollections.Attendance)]
    [InlineData(LiteDbCollections.Talks)]
    [InlineData(LiteDbCollections.TalkAssignments)]
    [InlineData(LiteDbCollections.Feedback)]
    [InlineData(LiteDbCollections.FeedbackDrafts)]
    [InlineData(LiteDbCollections.FollowUps)]
    [InlineData(LiteDbCollections.Suggestions)]
    [InlineData(LiteDbCollections.TalkAudit)]
    [InlineData(LiteDbCollections.ConsoleAudit)]
    [InlineData(LiteDbCollections.Broadcasts)]
    [InlineData(LiteDbCollections.BroadcastAcknowledgements)]
    [InlineData(LiteDbCollections.BroadcastReplies)]
    [InlineData(LiteDbCollections.BroadcastPlans)]
    [InlineData(LiteDbCollections.PendingQuestions)]
    [InlineData(LiteDbCollections.KnowledgeAnswerLog)]
    [InlineData(LiteDbCollections.KnowledgeFeedback)]
    [InlineData(LiteDbCollections.KnowledgeEntries)]
    public async Task Every_document_of_a_branch_owned_collection_belongs_to_the_migrated_branch(string collection)
    {
        await using (_fixture.Bot())
        {
        }

        var owners = Documents(collection).Count;
        using var database = new LiteDatabase($"Filename={_fixture.DatabaseFile};ReadOnly=true");
        Assert.NotEqual(0, owners);
        Assert.All(database.GetCollection(collection).FindAll(), d => Assert.Equal(OrganisationStep.MigratedBranchId, d["BranchId"].AsString));
    }

    public void Dispose() => _fixture.Dispose();

    private List<string> Documents(string collection)
    {
        using var database = new LiteDatabase($"Filename={_fixture.DatabaseFile};ReadOnly=true");
        return Documents(database, collection);
    }

    private static List<string> Documents(LiteDatabase database, string collection) =>
        [.. database.GetCollection(collection).FindAll().Select(d => d.ToString()).Order(StringComparer.Ordinal)];
}
