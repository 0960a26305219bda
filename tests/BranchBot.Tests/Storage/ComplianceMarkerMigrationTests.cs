using BranchBot.Core.Meetings;
using BranchBot.Scheduling;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Schema;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Tests.Storage;

/// <summary>
/// Release 0d9b7e6 sent and marked November's 支委会 nudge (a copy of the fixture): after the upgrade its marker also
/// stands under the key that names the branch, so the daily duties the next day do not send it again.
/// </summary>
public sealed class ComplianceMarkerMigrationTests : IDisposable
{
    private readonly ReleaseFixtureCopy _fixture = new();

    [Fact]
    public async Task A_nudge_sent_before_the_upgrade_is_not_sent_again()
    {
        await using var bot = _fixture.Bot();
        var due = await bot.Services.GetRequiredService<ComplianceService>().DueNudgesAsync(bot.Clock.GetUtcNow(), CancellationToken.None);
        var markers = bot.Services.GetRequiredService<LiteDbContext>().Database.GetCollection(LiteDbCollections.SentMarkers);

        var committee = Assert.Single(due, n => n.Kind == MeetingKind.CommitteeMeeting);
        Assert.Equal("compliance:branch:CommitteeMeeting:2026-11", committee.KeyIn(OrganisationStep.MigratedBranchId));
        Assert.NotNull(markers.FindById("compliance:branch:CommitteeMeeting:2026-11"));
        Assert.NotNull(markers.FindById("compliance:CommitteeMeeting:2026-11"));
        Assert.Equal(0, await bot.Services.GetRequiredService<DailyDuties>().SendDueNudgesAsync(CancellationToken.None));
    }

    [Fact]
    public async Task The_step_run_again_writes_nothing()
    {
        await using var bot = _fixture.Bot();
        var context = bot.Services.GetRequiredService<LiteDbContext>();
        var before = Documents(context.Database);

        context.InTransaction(() => new ComplianceMarkerStep().Apply(context.Database));

        Assert.Equal(before, Documents(context.Database));
    }

    public void Dispose() => _fixture.Dispose();

    private static List<string> Documents(LiteDatabase database) =>
        [.. database.GetCollection(LiteDbCollections.SentMarkers).FindAll().Select(d => d.ToString()).Order(StringComparer.Ordinal)];
}
