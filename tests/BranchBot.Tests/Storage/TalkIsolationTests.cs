using BranchBot.Core.Organisation;
using BranchBot.Core.Talks;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Organisation;
using BranchBot.Storage.LiteDb.Talks;

namespace BranchBot.Tests.Storage;

/// <summary>
/// Two branches in one database, seeded through the raw collections: the 谈心 stores of branch 甲 (talk records, plans
/// and 谈心请求, feedback, drafts and follow-ups, 匿名建议, the audit log) never return 乙's documents and never write over,
/// delete or replace them.
/// </summary>
public sealed class TalkIsolationTests : IDisposable
{
    private static readonly DateTimeOffset At = TwoBranchDatabase.At;
    private static readonly DateOnly Today = DateOnly.FromDateTime(At.Date);

    private static readonly string[] Collections =
    [
        LiteDbCollections.Talks, LiteDbCollections.TalkAssignments, LiteDbCollections.Feedback, LiteDbCollections.FeedbackDrafts,
        LiteDbCollections.FollowUps, LiteDbCollections.Suggestions, LiteDbCollections.TalkAudit, LiteDbCollections.TalkRequests,
    ];

    private readonly LiteDbContext _context = TwoBranchDatabase.Create();
    private readonly LiteDbTalkStore _talks;
    private readonly LiteDbFeedbackStore _feedback;
    private readonly LiteDbSuggestionStore _suggestions;
    private readonly LiteDbAuditLogStore _audit;

    public TalkIsolationTests()
    {
        Seed("A");
        Seed("B");
        var a = new BranchContext("A");
        _talks = new LiteDbTalkStore(_context, a);
        _feedback = new LiteDbFeedbackStore(_context, a);
        _suggestions = new LiteDbSuggestionStore(_context, a);
        _audit = new LiteDbAuditLogStore(_context, a);
    }

    [Fact]
    public async Task Reads_return_only_the_branchs_own_documents()
    {
        var none = CancellationToken.None;

        Assert.Null(await _talks.GetAsync("tk_B", none));
        Assert.Equal(["tk_A"], (await _talks.ListAsync(none)).Select(t => t.Id));
        Assert.Equal(["tk_A"], (await _talks.ListBetweenAsync(Today.AddDays(-1), Today, none)).Select(t => t.Id));
        Assert.Empty(await _talks.ListInvolvingAsync("m_B", none));
        Assert.Equal(["ta_A"], (await _talks.ListAssignmentsAsync(At.Year, none)).Select(a => a.Id));
        Assert.Equal(["tr_A"], (await _talks.ListRequestsToAsync("m_secretary", none)).Select(r => r.Id));
        Assert.Null(await _feedback.GetDraftAsync("m_B", none));
        Assert.Null(await _feedback.GetAsync("fb_B", none));
        Assert.Equal(["fb_A"], (await _feedback.ListAsync(none)).Select(f => f.Id));
        Assert.Empty(await _feedback.ListByMemberAsync("m_B", none));
        Assert.Null(await _feedback.GetFollowUpAsync("fu_B", none));
        Assert.Equal(["fu_A"], (await _feedback.ListOpenFollowUpsAsync(none)).Select(f => f.Id));
        Assert.Equal(["sg_A"], (await _suggestions.ListAsync(none)).Select(s => s.Id));
        Assert.Equal(["au_A"], (await _audit.ListAsync(10, none)).Select(e => e.Id));
    }

    [Fact]
    public async Task Writes_land_in_the_branch_and_never_touch_another()
    {
        var before = TwoBranchDatabase.Snapshot(_context, "B", Collections);
        var none = CancellationToken.None;

        await _talks.SaveAsync(Talk("tk_new", "m_A"), none);
        await _talks.ReplaceAssignmentsAsync(At.Year, [Assignment("ta_new", "m_A")], none);
        await _talks.SaveRequestAsync(Request("tr_new", "m_A"), none);
        await _feedback.SaveDraftAsync(Draft("m_new"), none);
        await _feedback.SubmitAsync(Feedback("fb_new", "m_new"), [FollowUp("fu_new", "m_new", "fb_new")], null, none);
        await _feedback.DeleteDraftAsync("m_B", none);
        await _feedback.WriteDraftsAsync([new("m_B", null), new("m_batch", Draft("m_batch"))], none);
        await _suggestions.AddAsync(new AnonymousSuggestion("sg_new", Today, "cipher"), none);
        await _audit.AppendAsync([Audit("au_new")], none);

        Assert.Equal(before, TwoBranchDatabase.Snapshot(_context, "B", Collections));
        Assert.Null(_context.Database.GetCollection(LiteDbCollections.TalkAssignments).FindById("ta_A"));
        foreach (var (collection, id) in new[] { (LiteDbCollections.Talks, "tk_new"), (LiteDbCollections.TalkAssignments, "ta_new"), (LiteDbCollections.Feedback, "fb_new"), (LiteDbCollections.FeedbackDrafts, "m_batch"), (LiteDbCollections.FollowUps, "fu_new"), (LiteDbCollections.Suggestions, "sg_new"), (LiteDbCollections.TalkAudit, "au_new"), (LiteDbCollections.TalkRequests, "tr_new") })
        {
            Assert.Equal("A", _context.Database.GetCollection(collection).FindById(id)["BranchId"].AsString);
        }
    }

    [Fact]
    public async Task Writing_over_another_branchs_documents_is_refused_and_changes_nothing()
    {
        var before = TwoBranchDatabase.Snapshot(_context, "B", Collections);
        var none = CancellationToken.None;

        await Assert.ThrowsAsync<BranchMismatchException>(async () => await _talks.SaveAsync(Talk("tk_B", "m_A"), none));
        await Assert.ThrowsAsync<BranchMismatchException>(async () => await _talks.SaveRequestAsync(Request("tr_B", "m_A"), none));
        await Assert.ThrowsAsync<BranchMismatchException>(async () => await _feedback.SaveDraftAsync(Draft("m_B"), none));
        await Assert.ThrowsAsync<BranchMismatchException>(async () => await _feedback.WriteDraftsAsync([new("m_B", Draft("m_B"))], none));
        await Assert.ThrowsAsync<BranchMismatchException>(async () => await _feedback.SubmitAsync(Feedback("fb_x", "m_B"), [], null, none));
        await Assert.ThrowsAsync<BranchMismatchException>(async () => await _feedback.SaveFollowUpAsync(FollowUp("fu_B", "m_B", "fb_B") with { Status = FollowUpStatus.Done }, none));

        Assert.Equal(before, TwoBranchDatabase.Snapshot(_context, "B", Collections));
    }

    public void Dispose() => _context.Dispose();

    private void Seed(string branch)
    {
        var member = $"m_{branch}";
        _context.Collection<TalkDocument>(LiteDbCollections.Talks).Insert(TalkDocument.From(Talk($"tk_{branch}", member), branch));
        _context.Collection<AssignmentDocument>(LiteDbCollections.TalkAssignments).Insert(AssignmentDocument.From(Assignment($"ta_{branch}", member), branch));
        _context.Collection<FeedbackDraftDocument>(LiteDbCollections.FeedbackDrafts).Insert(FeedbackDraftDocument.From(Draft(member), branch));
        _context.Collection<FeedbackDocument>(LiteDbCollections.Feedback).Insert(FeedbackDocument.From(Feedback($"fb_{branch}", member), branch));
        _context.Collection<FollowUpDocument>(LiteDbCollections.FollowUps).Insert(FollowUpDocument.From(FollowUp($"fu_{branch}", member, $"fb_{branch}"), branch));
        _context.Collection<SuggestionDocument>(LiteDbCollections.Suggestions).Insert(SuggestionDocument.From(new AnonymousSuggestion($"sg_{branch}", Today, "cipher"), branch));
        _context.Collection<AuditDocument>(LiteDbCollections.TalkAudit).Insert(AuditDocument.From(Audit($"au_{branch}"), branch));
        _context.Collection<TalkRequestDocument>(LiteDbCollections.TalkRequests).Insert(TalkRequestDocument.From(Request($"tr_{branch}", member), branch));
    }

    private static TalkRequest Request(string id, string member) => new() { Id = id, FromId = member, ToId = "m_secretary", RequestedAt = At };

    private static TalkRecord Talk(string id, string member) =>
        new() { Id = id, AuthorId = "m_secretary", OtherId = member, Date = Today, ProtectedTopics = "cipher", CreatedAt = At };

    private static TalkAssignment Assignment(string id, string member) =>
        new() { Id = id, Year = At.Year, FirstId = "m_secretary", SecondId = member, DueDate = Today.AddDays(30) };

    private static FeedbackDraft Draft(string member) => new() { MemberId = member, Date = Today, UpdatedAt = At };

    private static FeedbackRecord Feedback(string id, string member) => new() { Id = id, MemberId = member, Date = Today, SubmittedAt = At };

    private static FollowUpTask FollowUp(string id, string member, string feedback) =>
        new() { Id = id, MemberId = member, FeedbackId = feedback, DueDate = Today.AddDays(7), CreatedAt = At };

    private static AuditEntry Audit(string id) => new() { Id = id, At = At, ViewerId = "m_secretary", Subject = AuditSubject.TalkRecord, RecordId = "tk" };
}
