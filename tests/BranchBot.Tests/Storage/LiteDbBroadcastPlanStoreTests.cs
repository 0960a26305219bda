using BranchBot.Core.Broadcasts;
using BranchBot.Core.Broadcasts.Plans;
using BranchBot.Core.Meetings;
using BranchBot.Core.Text;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Broadcasts;
using LiteDB;

namespace BranchBot.Tests.Storage;

public class LiteDbBroadcastPlanStoreTests
{
    private static readonly DateTimeOffset Created = new(2026, 11, 20, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Fifth = new(2026, 12, 5, 1, 0, 0, TimeSpan.Zero);

    public static TheoryData<BroadcastProblem> Problems => new()
    {
        new BroadcastProblem.EmptyAudience("第一党小组"),
        new BroadcastProblem.GroupNotFound("第九", ["第一党小组", "第二党小组"]),
        new BroadcastProblem.NoGroups(),
        new BroadcastProblem.NotAllowed(),
        new BroadcastProblem.Text(new TextProblem.Invisible(TextField.BroadcastContent)),
        new BroadcastProblem.TooLong(2100, 2000),
        new BroadcastProblem.NotYetSent(3, Fifth, BroadcastFollowUp.Remind),
        new BroadcastProblem.EarlierNotFound(7),
    };

    [Fact]
    public async Task A_stop_reason_is_stored_as_data_and_read_back_typed()
    {
        using var context = LiteDbContext.InMemory();
        var store = new LiteDbBroadcastPlanStore(context);

        await store.SaveAsync(Plan(1) with { StoppedAt = Fifth, StopReason = new BroadcastPlanStopReason.AuthorNotCommittee("李四") }, CancellationToken.None);
        await store.SaveAsync(Plan(2) with { StoppedAt = Fifth, StopReason = new BroadcastPlanStopReason.AuthorLeft() }, CancellationToken.None);

        Assert.Equal(new BroadcastPlanStopReason.AuthorNotCommittee("李四"), (await store.GetAsync(1, CancellationToken.None))!.StopReason);
        Assert.Equal(new BroadcastPlanStopReason.AuthorLeft(), (await store.GetAsync(2, CancellationToken.None))!.StopReason);
        Assert.True(Raw(context, 1)["StopReason"].IsNull);
    }

    [Theory]
    [MemberData(nameof(Problems))]
    public async Task A_skipped_occurrence_is_stored_as_data_and_read_back_typed(BroadcastProblem problem)
    {
        using var context = LiteDbContext.InMemory();
        var store = new LiteDbBroadcastPlanStore(context);

        await store.SaveAsync(Plan(1) with { LastOccurrence = Fifth, LastProblem = new SkippedOccurrence.Refused(Fifth, problem) }, CancellationToken.None);

        var read = Assert.IsType<SkippedOccurrence.Refused>((await store.GetAsync(1, CancellationToken.None))!.LastProblem);
        Assert.Equal(Fifth, read.At);
        if (problem is BroadcastProblem.GroupNotFound group)
        {
            var readGroup = Assert.IsType<BroadcastProblem.GroupNotFound>(read.Problem);
            Assert.Equal(group.Name, readGroup.Name);
            Assert.Equal(group.Groups, readGroup.Groups);
        }
        else
        {
            Assert.Equal(problem, read.Problem);
        }
    }

    [Fact]
    public async Task Sentences_stored_before_reasons_were_data_are_still_read()
    {
        using var context = LiteDbContext.InMemory();
        var store = new LiteDbBroadcastPlanStore(context);
        await store.SaveAsync(Plan(1) with { StoppedAt = Fifth }, CancellationToken.None);
        var old = Raw(context, 1);
        old["StopReason"] = "发起人已不在支部，定期广播已自动停止。";
        old["LastProblem"] = "12月5日（星期六）09:00这次没有发送：支部还没有党小组。";
        context.Collection<BsonDocument>(LiteDbCollections.BroadcastPlans).Update(old);

        var plan = (await store.GetAsync(1, CancellationToken.None))!;

        Assert.Equal(new BroadcastPlanStopReason.Worded("发起人已不在支部，定期广播已自动停止。"), plan.StopReason);
        Assert.Equal(new SkippedOccurrence.Worded("12月5日（星期六）09:00这次没有发送：支部还没有党小组。"), plan.LastProblem);
    }

    private static BsonDocument Raw(LiteDbContext context, int number) =>
        context.Collection<BsonDocument>(LiteDbCollections.BroadcastPlans).FindAll().Single(d => d["Number"].AsInt32 == number);

    private static BroadcastPlan Plan(int number) => new()
    {
        Id = BroadcastPlan.NewId(),
        Number = number,
        Text = "请按时交纳党费",
        Audience = BroadcastAudience.Branch,
        Recurrence = new Recurrence(RecurrenceFrequency.Monthly, 5, new TimeOnly(9, 0)),
        CreatedBy = "m1",
        CreatedAt = Created,
    };
}
