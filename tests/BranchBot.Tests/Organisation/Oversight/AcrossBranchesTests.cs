using BranchBot.Core.Broadcasts;
using BranchBot.Core.Knowledge.Questions;
using BranchBot.Core.Organisation;
using BranchBot.Core.Organisation.Oversight;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace BranchBot.Tests.Organisation.Oversight;

/// <summary>
/// The oversight read models over a tree of several branches (机关党委 → 第一党总支 → 甲, 乙; 丙 directly under the root;
/// 丁 closed), each branch's stores its own: a viewer sees the open branches under their unit only, questions oldest
/// first with the branch waiting longest first, and each branch's own broadcasts that went out with their own receipts.
/// Each branch's stores are test doubles here: until several branches are served, IBranchServices serves one.
/// </summary>
public class AcrossBranchesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, BranchServiceSet> _branches = [];

    private readonly Mock<IOrganisationStore> _organisation = new();

    public AcrossBranchesTests()
    {
        _organisation.Setup(o => o.ListUnitsAsync(It.IsAny<CancellationToken>())).ReturnsAsync(
        [
            Unit("root", OrgUnitKind.PartyCommittee, "机关党委", null),
            Unit("general", OrgUnitKind.GeneralBranch, "第一党总支", "root"),
            Unit("jia", OrgUnitKind.Branch, "甲支部", "general"),
            Unit("yi", OrgUnitKind.Branch, "乙支部", "general"),
            Unit("bing", OrgUnitKind.Branch, "丙支部", "root"),
            Unit("ding", OrgUnitKind.Branch, "丁支部", "root") with { ClosedAt = Now.AddDays(-30) },
        ]);
        Branch("jia", [Question("甲的新问题", 1), Question("甲已答的问题", 20, PendingQuestionState.Answered)], [Sent(1, ["m1", "m2", "m3"], ["m1", "m2"])]);
        Branch("yi", [Question("乙的问题", 2), Question("乙更早的问题", 9)], []);
        Branch("bing", [], [Sent(1, ["m7"], ["m7", "m9"]), Sent(2, ["m7"], [], scheduledLater: true)]);
        Branch("ding", [Question("丁的问题", 30)], []);
    }

    [Fact]
    public async Task Questions_come_per_open_branch_under_the_unit_the_longest_waiting_branch_first_oldest_question_first()
    {
        var questions = new OpenQuestionsAcrossBranches(Overseen());

        var all = await questions.ListAsync(["root"], CancellationToken.None);
        Assert.Equal(["第一党总支/乙支部", "第一党总支/甲支部", "丙支部"], all.Select(b => b.Path));
        Assert.Equal(["乙更早的问题", "乙的问题"], all[0].Questions.Select(q => q.Text));
        Assert.Equal(Now.AddDays(-9), all[0].Questions[0].AskedAt);
        Assert.Equal(["甲的新问题"], all[1].Questions.Select(q => q.Text));
        Assert.Empty(all[2].Questions);

        var general = await questions.ListAsync(["general"], CancellationToken.None);
        Assert.Equal(["yi", "jia"], general.Select(b => b.BranchId));
    }

    [Fact]
    public async Task Each_branch_shows_its_own_broadcasts_that_went_out_with_its_own_receipts()
    {
        var receipts = new BroadcastReceiptsAcrossBranches(Overseen(), new FakeTimeProvider(Now));

        var all = await receipts.ListAsync(["root"], CancellationToken.None);

        Assert.Equal(["bing", "yi", "jia"], all.Select(b => b.BranchId));
        var bing = Assert.Single(all[0].Broadcasts);
        Assert.Equal(new ReceiptCounts(1, 1), bing.Counts);
        Assert.Empty(all[1].Broadcasts);
        var jia = Assert.Single(all[2].Broadcasts);
        Assert.Equal(new ReceiptCounts(2, 3), jia.Counts);
        Assert.Equal(66, jia.Counts.Percent);
    }

    private OverseenBranches Overseen()
    {
        var services = new Mock<IBranchServices>();
        services.Setup(s => s.For(It.IsAny<string>())).Returns((string id) => _branches[id]);
        return new OverseenBranches(_organisation.Object, services.Object);
    }

    private void Branch(string id, IReadOnlyList<PendingQuestion> questions, IReadOnlyList<(Broadcast Broadcast, IReadOnlyList<string> Acknowledged)> broadcasts)
    {
        var questionStore = new Mock<IPendingQuestionStore>();
        questionStore.Setup(q => q.ListAsync(It.IsAny<CancellationToken>())).ReturnsAsync(questions);
        var broadcastStore = new Mock<IBroadcastStore>();
        broadcastStore.Setup(b => b.ListRecentAsync(It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([.. broadcasts.Select(b => b.Broadcast).OrderByDescending(b => b.Number)]);
        foreach (var (broadcast, acknowledged) in broadcasts)
        {
            broadcastStore.Setup(b => b.ListAcknowledgementsAsync(broadcast.Number, It.IsAny<CancellationToken>()))
                .ReturnsAsync([.. acknowledged.Select(m => new BroadcastAcknowledgement(broadcast.Number, m, Now))]);
        }

        _branches[id] = new BranchServiceSet(null!, null!, broadcastStore.Object, questionStore.Object, null!);
    }

    private static OrgUnit Unit(string id, OrgUnitKind kind, string name, string? parent) => new() { Id = id, Kind = kind, Name = name, ParentId = parent };

    private static PendingQuestion Question(string text, int daysAgo, PendingQuestionState state = PendingQuestionState.Open) =>
        new() { Question = text, AskerId = "m1", AskerName = "张三", AskedAt = Now.AddDays(-daysAgo), State = state };

    /// <summary>A broadcast asking for 收到, with who it went to and who acknowledged (one who was not sent it does not count).</summary>
    private static (Broadcast, IReadOnlyList<string>) Sent(int number, IReadOnlyList<string> recipients, IReadOnlyList<string> acknowledged, bool scheduledLater = false) =>
        (new Broadcast
        {
            Number = number,
            AuthorId = "author",
            Text = "通知",
            Audience = BroadcastAudience.Branch,
            AudienceLabel = "全体党员",
            RequiresAcknowledgement = true,
            RecipientIds = recipients,
            CreatedAt = Now.AddDays(-1),
            ScheduledAt = scheduledLater ? Now.AddDays(2) : null,
            BatchBase = $"broadcast:x:{number}",
        }, acknowledged);
}
