using BranchBot.Core.Organisation.Broadcasts;
using BranchBot.Core.Broadcasts;
using BranchBot.Core.Broadcasts.Plans;
using BranchBot.Core.Knowledge.Entries;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;
using BranchBot.Core.Organisation.Transfers;
using BranchBot.Core.Talks;
using BranchBot.Core.WebConsole;

namespace BranchBot.Tests.Storage.Contracts;

/// <summary>Recurring broadcasts, knowledge entries, 匿名建议, audit logs, roles and transfers, each branch's own, on either database.</summary>
public abstract class BranchRecordStoreContract : StoreContract
{
    [SkippableFact]
    public async Task A_broadcast_plan_keeps_its_stop_reason_and_last_skipped_occurrence()
    {
        var backend = await BackendAsync();
        var plans = backend.BroadcastPlans("A");
        var plan = new BroadcastPlan
        {
            Id = "bp_1", Number = 1, Text = "每月学习", Audience = BroadcastAudience.Branch, Recurrence = new Recurrence(RecurrenceFrequency.Monthly, 5, new TimeOnly(9, 0)),
            CreatedBy = "m1", CreatedAt = At, StoppedAt = At.AddDays(30), StopReason = new BroadcastPlanStopReason.AuthorNotCommittee("王书记"),
            LastProblem = new SkippedOccurrence.Refused(At.AddDays(5), new BroadcastProblem.EmptyAudience("第一党小组")),
        };
        await plans.SaveAsync(plan, None);

        var read = (await plans.GetAsync(1, None))!;
        Assert.Equal(new BroadcastPlanStopReason.AuthorNotCommittee("王书记"), read.StopReason);
        var skipped = Assert.IsType<SkippedOccurrence.Refused>(read.LastProblem);
        Assert.Equal(new BroadcastProblem.EmptyAudience("第一党小组"), skipped.Problem);
        Assert.Equal(plan.Recurrence, read.Recurrence);
        Assert.Equal(1, await plans.LastNumberAsync(None));
        Assert.Null(await backend.BroadcastPlans("B").GetAsync(1, None));
    }

    [SkippableFact]
    public async Task Knowledge_entries_suggestions_and_audit_logs_stay_in_their_branch()
    {
        var backend = await BackendAsync();
        await backend.KnowledgeEntries("A").SaveAsync(Entry("ke_2", "后加的", 2), None);
        await backend.KnowledgeEntries("A").SaveAsync(Entry("ke_1", "先加的", 1), None);
        await backend.KnowledgeEntries("B").SaveAsync(Entry("ke_b", "乙的", 0), None);
        Assert.Equal(["先加的", "后加的"], (await backend.KnowledgeEntries("A").ListAsync(None)).Select(e => e.Question));
        await Assert.ThrowsAnyAsync<InvalidOperationException>(async () => await backend.KnowledgeEntries("A").SaveAsync(Entry("ke_b", "改掉", 0), None));
        Assert.False(await backend.KnowledgeEntries("A").SetScopeAsync("ke_b", KnowledgeEntryScope.Organisation, None));
        Assert.True(await backend.KnowledgeEntries("B").SetScopeAsync("ke_b", KnowledgeEntryScope.Organisation, None));
        var adopted = (await backend.KnowledgeEntries("A").ListAsync(None)).Single(e => e.Id == "ke_b");
        Assert.Equal((KnowledgeEntryScope.Organisation, "B"), (adopted.Scope, adopted.OwnerBranchId));
        Assert.Equal((KnowledgeEntryScope.Branch, "A"), (await backend.KnowledgeEntries("A").ListAsync(None)).Where(e => e.Id == "ke_2").Select(e => (e.Scope, e.OwnerBranchId!)).Single());
        await backend.KnowledgeEntries("B").SaveAsync(Entry("ke_b", "乙的（改）", 0), None);
        Assert.Contains("乙的（改）", (await backend.KnowledgeEntries("A").ListAsync(None)).Select(e => e.Question));
        Assert.True(await backend.KnowledgeEntries("B").SetScopeAsync("ke_b", KnowledgeEntryScope.Branch, None));
        Assert.DoesNotContain("ke_b", (await backend.KnowledgeEntries("A").ListAsync(None)).Select(e => e.Id));
        Assert.True(await backend.KnowledgeEntries("A").DeleteAsync("ke_1", None));
        Assert.False(await backend.KnowledgeEntries("A").DeleteAsync("ke_1", None));

        await backend.Suggestions("A").AddAsync(new AnonymousSuggestion("s2", new DateOnly(2026, 11, 20), "密文2"), None);
        await backend.Suggestions("A").AddAsync(new AnonymousSuggestion("s1", new DateOnly(2026, 11, 24), "密文1"), None);
        Assert.Equal(["密文1", "密文2"], (await backend.Suggestions("A").ListAsync(None)).Select(s => s.ProtectedText));
        Assert.Empty(await backend.Suggestions("B").ListAsync(None));

        await backend.TalkAudit("A").AppendAsync([Audit("a1", 1), Audit("a2", 2), Audit("a3", 3)], None);
        Assert.Equal(["a3", "a2"], (await backend.TalkAudit("A").ListAsync(2, None)).Select(e => e.Id));
        await backend.ConsoleAudit("A").AppendAsync(new ConsoleAuditEntry { Id = "c1", At = At, Action = "导出台账" }, None);
        Assert.Equal("导出台账", Assert.Single(await backend.ConsoleAudit("A").ListAsync(10, None)).Action);
        Assert.Empty(await backend.ConsoleAudit("B").ListAsync(10, None));
    }

    [SkippableFact]
    public async Task A_transfer_retires_the_old_record_moves_the_roles_and_drops_its_invites()
    {
        var backend = await BackendAsync();
        var old = new Member { Id = "m1", Name = "张三", ChatAccounts = [new ChatAccount("wechat", "u1")], CreatedAt = At };
        await backend.Membership("A").ApplyAsync(new MembershipChange
        {
            Members = [old], Invites = [new Invite("hash-1", "m1", At, At.AddDays(7))], OrgRoles = [new OrgRole("m1", "root", OrgRoleKind.Secretary)],
        }, None);

        await backend.Transfers().MoveAsync(new MemberMove(
            "A", old with { RemovedAt = At, ChatAccounts = [], TransferredToBranchId = "B" }, "B", old with { Id = "m1b" }), None);

        Assert.Empty(await backend.Membership("A").ListMembersAsync(None));
        Assert.Equal("m1b", (await backend.Membership("B").FindByChatAccountAsync(new ChatAccount("wechat", "u1"), None))!.Id);
        Assert.Null(await backend.Membership("A").GetInviteAsync("hash-1", None));
        Assert.Equal("m1b", Assert.Single(await backend.Organisation().ListRolesAsync(None)).MemberId);
        Assert.Equal("B", (await backend.Directory().LoadAsync(None)).ByAccountKey[new ChatAccount("wechat", "u1").Key]);
    }

    [SkippableFact]
    public async Task Organisation_broadcasts_are_numbered_once_found_by_source_key_and_listed_until_complete()
    {
        var backend = await BackendAsync();
        var store = backend.OrganisationBroadcasts();
        Assert.Equal(0, await store.LastNumberAsync(None));
        await store.SaveAsync(OrganisationBroadcast(1, "k1"), None);
        await store.SaveAsync(OrganisationBroadcast(2, null), None);
        await store.SaveAsync(OrganisationBroadcast(1, "k1") with { Parts = [new("A", "甲支部", 3), new("B", "乙支部", null, "没有可发送的人")], CompletedAt = At }, None);

        Assert.Equal(2, await store.LastNumberAsync(None));
        var first = (await store.FindBySourceKeyAsync("k1", None))!;
        Assert.Equal((1, 3, "没有可发送的人"), (first.Number, first.Parts[0].BroadcastNumber!.Value, first.Parts[1].Skipped!));
        Assert.Equal(OrganisationAudienceKind.OneBranch, first.Audience.Kind);
        Assert.Equal([2], (await store.ListIncompleteAsync(None)).Select(b => b.Number));
        Assert.Equal([2, 1], (await store.ListRecentAsync(5, None)).Select(b => b.Number));
        Assert.Null(await store.GetAsync(3, None));
    }

    private static OrganisationBroadcast OrganisationBroadcast(int number, string? sourceKey) => new()
    {
        Number = number, Text = "通知", Audience = OrganisationAudience.OneBranch("A"), AudienceLabel = "甲支部全体党员", AuthorId = "m1",
        SignedAs = "党委 王书记", BranchIds = ["A", "B"], CreatedAt = At, SourceKey = sourceKey,
    };

    private static StoredKnowledgeEntry Entry(string id, string question, int minutes) =>
        new() { Id = id, Question = question, Answer = "答", Source = "支部答复", CreatedAt = At.AddMinutes(minutes), UpdatedAt = At };

    private static AuditEntry Audit(string id, int minutes) => new() { Id = id, At = At.AddMinutes(minutes), ViewerId = "m1", Allowed = true };
}

public sealed class LiteDbBranchRecordStoreContractTests : BranchRecordStoreContract
{
    protected override Task<StoreBackend> OpenAsync() => Task.FromResult<StoreBackend>(new LiteDbBackend());
}

public sealed class PostgresBranchRecordStoreContractTests : BranchRecordStoreContract
{
    protected override async Task<StoreBackend> OpenAsync() => await PostgresBackend.CreateAsync();
}
