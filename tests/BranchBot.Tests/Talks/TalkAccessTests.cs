using BranchBot.Core.Membership;
using BranchBot.Core.Talks;
using BranchBot.Dialogs.Talks;
using static BranchBot.Tests.Talks.TalkBranch;

namespace BranchBot.Tests.Talks;

/// <summary>Who may read a talk record or a 谈心 feedback, and what the audit log keeps about it.</summary>
public class TalkAccessTests
{
    private const string Topics = "谈了家里的情况";

    [Fact]
    public async Task Both_participants_read_a_record_without_an_audit_entry()
    {
        await using var roles = await RolesAsync();

        var byAuthor = await roles.Branch.Talks.GetAsync(roles.Author, roles.Record.Id, None);
        var byOther = await roles.Branch.Talks.GetAsync(roles.Other, roles.Record.Id, None);

        Assert.Equal(Topics, byAuthor.Value!.Topics);
        Assert.Equal(Topics, byOther.Value!.Topics);
        Assert.Empty(roles.Branch.Raw("talk_audit"));
    }

    [Fact]
    public async Task The_secretary_reads_someone_elses_record_and_the_view_is_audited()
    {
        await using var roles = await RolesAsync();

        var bySecretary = await roles.Branch.Talks.GetAsync(roles.Branch.Secretary, roles.Record.Id, None);
        var audit = await roles.Branch.Audit.ListAuditAsync(roles.Branch.Secretary, cancellationToken: None);

        Assert.Equal(Topics, bySecretary.Value!.Topics);
        var entry = Assert.Single(audit.Value!);
        Assert.Equal(("王书记", "张三", roles.Record.Id, true, AuditSubject.TalkRecord),
            (entry.ViewerName, entry.MemberName, entry.Entry.RecordId, entry.Entry.Allowed, entry.Entry.Subject));
        Assert.Equal(BranchBot.Tests.Support.BotHarness.Start, entry.Entry.At);
    }

    [Fact]
    public async Task A_committee_member_an_ordinary_member_and_a_stranger_are_refused_and_each_attempt_is_audited()
    {
        await using var roles = await RolesAsync();
        var stranger = new Member { Id = Member.NewId(), Name = "路人" };

        var byCommittee = await roles.Branch.Talks.GetAsync(roles.Committee, roles.Record.Id, None);
        var byMember = await roles.Branch.Talks.GetAsync(roles.Ordinary, roles.Record.Id, None);
        var byStranger = await roles.Branch.Talks.GetAsync(stranger, roles.Record.Id, None);
        var audit = await roles.Branch.Audit.ListAuditAsync(roles.Branch.Secretary, cancellationToken: None);

        Assert.Equal(new TalkProblem.NotAllowed(), byCommittee.Problem);
        Assert.Equal(new TalkProblem.NotAllowed(), byMember.Problem);
        Assert.Equal(new TalkProblem.ReaderNotMember(), byStranger.Problem);
        Assert.Equal(
            [(roles.Committee.Id, false), (roles.Ordinary.Id, false), (stranger.Id, false)],
            audit.Value!.Select(v => (v.Entry.ViewerId, v.Entry.Allowed)).OrderBy(x => x.Item1 == stranger.Id).ThenBy(x => x.Item1 == roles.Ordinary.Id));
        Assert.All(audit.Value!, v => Assert.Equal(roles.Record.Id, v.Entry.RecordId));
        Assert.Contains(audit.Value!, v => v.Entry.ViewerId == stranger.Id && v.ViewerName is null);
        Assert.Contains("（未知） 查看", TalkTexts.AuditLog(audit.Value!, at => at), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_removed_member_can_no_longer_read_their_own_record()
    {
        await using var roles = await RolesAsync();
        var removed = await roles.Branch.Bot.Membership.RemoveMemberAsync("李四", roles.Branch.Secretary, None);
        Assert.True(removed.Succeeded, removed.Problem?.ToString());

        var byRemoved = await roles.Branch.Talks.GetAsync(roles.Other, roles.Record.Id, None);

        Assert.Equal(new TalkProblem.ReaderNotMember(), byRemoved.Problem);
        Assert.False(Assert.Single(roles.Branch.Raw("talk_audit"))["Allowed"].AsBoolean);
    }

    [Fact]
    public async Task The_audit_log_never_holds_content_and_only_the_secretary_reads_it()
    {
        await using var roles = await RolesAsync();
        await roles.Branch.Talks.GetAsync(roles.Branch.Secretary, roles.Record.Id, None);
        await roles.Branch.Talks.GetAsync(roles.Ordinary, roles.Record.Id, None);

        var byCommittee = await roles.Branch.Audit.ListAuditAsync(roles.Committee, cancellationToken: None);

        Assert.Equal(new TalkProblem.SecretaryOnly(), byCommittee.Problem);
        Assert.Equal(2, roles.Branch.Raw("talk_audit").Count);
        Assert.All(roles.Branch.Raw("talk_audit"), d => Assert.DoesNotContain("家里", d.ToString(), StringComparison.Ordinal));
        Assert.All(roles.Branch.Raw("talk_audit"), d => Assert.DoesNotContain(TestContentProtector.Marker, d.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_member_listing_sees_only_their_own_talks_and_feedback()
    {
        await using var roles = await RolesAsync();
        await roles.Branch.RecordAsync(roles.Ordinary, "陈委员", "谈了学习计划");
        await roles.Branch.GiveFeedbackAsync(roles.Author, ["学习了党章", null, null, null]);
        await roles.Branch.GiveFeedbackAsync(roles.Ordinary, ["学习了条例", null, null, null]);

        var own = await roles.Branch.Talks.ListForAsync(roles.Author, null, None);
        var ownByName = await roles.Branch.Talks.ListForAsync(roles.Author, "张三", None);
        var other = await roles.Branch.Talks.ListForAsync(roles.Other, null, None);

        Assert.Equal([Topics], own.Value!.Talks.Select(t => t.Topics));
        Assert.Equal(["学习了党章"], own.Value.Feedback.Select(f => f.Answers[0].Text));
        Assert.Equal([Topics], ownByName.Value!.Talks.Select(t => t.Topics));
        Assert.Equal([Topics], other.Value!.Talks.Select(t => t.Topics));
        Assert.Empty(other.Value.Feedback);
        Assert.Empty(roles.Branch.Raw("talk_audit"));
    }

    [Fact]
    public async Task A_member_naming_someone_else_sees_only_the_talks_they_had_together_and_never_that_persons_feedback()
    {
        await using var roles = await RolesAsync();
        await roles.Branch.RecordAsync(roles.Other, "王五", "谈了工作安排");
        await roles.Branch.GiveFeedbackAsync(roles.Other, ["学习了条例", null, null, null]);

        var together = await roles.Branch.Talks.ListForAsync(roles.Author, "李四", None);
        var strangers = await roles.Branch.Talks.ListForAsync(roles.Committee, "李四", None);

        Assert.Equal([Topics], together.Value!.Talks.Select(t => t.Topics));
        Assert.Empty(together.Value.Feedback);
        Assert.Empty(strangers.Value!.Talks);
        Assert.Empty(strangers.Value.Feedback);
    }

    [Fact]
    public async Task The_secretary_lists_a_members_talks_and_feedback_and_each_record_viewed_is_audited()
    {
        await using var roles = await RolesAsync();
        var feedback = await roles.Branch.GiveFeedbackAsync(roles.Author, ["学习了党章", null, null, null]);
        await roles.Branch.RecordAsync(roles.Branch.Secretary, "张三", "书记和张三谈心");

        var listed = await roles.Branch.Talks.ListForAsync(roles.Branch.Secretary, "张三", None);
        var audit = await roles.Branch.Audit.ListAuditAsync(roles.Branch.Secretary, cancellationToken: None);

        Assert.Equal("张三", listed.Value!.Subject!.Name);
        Assert.Equal(new[] { "书记和张三谈心", Topics }.Order(StringComparer.Ordinal), listed.Value.Talks.Select(t => t.Topics).Order(StringComparer.Ordinal));
        Assert.Equal(["学习了党章"], listed.Value.Feedback.Select(f => f.Answers[0].Text));
        Assert.Equal(
            [(AuditSubject.TalkRecord, roles.Record.Id), (AuditSubject.Feedback, feedback.Value!.Feedback.Record.Id)],
            audit.Value!.Select(v => (v.Entry.Subject, v.Entry.RecordId)).OrderBy(x => x.Subject));
        Assert.All(audit.Value!, v => Assert.True(v.Entry.Allowed));
        Assert.All(audit.Value!, v => Assert.Equal(roles.Author.Id, v.Entry.MemberId));
    }

    [Fact]
    public async Task A_stranger_listing_is_refused_and_audited()
    {
        await using var roles = await RolesAsync();
        var stranger = new Member { Id = Member.NewId(), Name = "路人" };

        var listed = await roles.Branch.Talks.ListForAsync(stranger, "张三", None);

        Assert.Equal(new TalkProblem.ReaderNotMember(), listed.Problem);
        var entry = Assert.Single(roles.Branch.Raw("talk_audit"));
        Assert.Equal((stranger.Id, roles.Author.Id, false), (entry["ViewerId"].AsString, entry["MemberId"].AsString, entry["Allowed"].AsBoolean));
    }

    [Fact]
    public async Task Feedback_is_readable_by_its_author_and_the_secretary_only()
    {
        await using var roles = await RolesAsync();
        var submitted = await roles.Branch.GiveFeedbackAsync(roles.Author, ["学习了党章", null, null, null]);
        var id = submitted.Value!.Feedback.Record.Id;

        var byAuthor = await roles.Branch.Feedback.GetAsync(roles.Author, id, None);
        var bySecretary = await roles.Branch.Feedback.GetAsync(roles.Branch.Secretary, id, None);
        var byCommittee = await roles.Branch.Feedback.GetAsync(roles.Committee, id, None);
        var byMember = await roles.Branch.Feedback.GetAsync(roles.Other, id, None);
        var audit = await roles.Branch.Audit.ListAuditAsync(roles.Branch.Secretary, cancellationToken: None);

        Assert.Equal("学习了党章", byAuthor.Value!.Answers[0].Text);
        Assert.Equal("学习了党章", bySecretary.Value!.Answers[0].Text);
        Assert.Equal(new TalkProblem.NotAllowed(), byCommittee.Problem);
        Assert.NotNull(byMember.Problem);
        Assert.Equal(
            [(roles.Branch.Secretary.Id, true), (roles.Committee.Id, false), (roles.Other.Id, false)],
            audit.Value!.Select(v => (v.Entry.ViewerId, v.Entry.Allowed)).OrderBy(x => x.Item1 == roles.Other.Id).ThenBy(x => x.Item1 == roles.Committee.Id));
        Assert.All(audit.Value!, v => Assert.Equal((AuditSubject.Feedback, id, roles.Author.Id), (v.Entry.Subject, v.Entry.RecordId, v.Entry.MemberId)));
    }

    private static async Task<Roles> RolesAsync()
    {
        var branch = await CreateAsync();
        var author = await branch.AddAsync("张三");
        var other = await branch.AddAsync("李四");
        var committee = await branch.AddAsync("陈委员", MemberRole.Committee);
        var ordinary = await branch.AddAsync("王五");
        var record = await branch.RecordAsync(author, "李四", Topics);
        return new Roles(branch, author, other, committee, ordinary, record.Record);
    }

    private sealed record Roles(TalkBranch Branch, Member Author, Member Other, Member Committee, Member Ordinary, TalkRecord Record) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Branch.DisposeAsync();
    }
}
