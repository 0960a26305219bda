using BranchBot.Core.Membership;
using BranchBot.Core.Security;
using BranchBot.Core.Time;

namespace BranchBot.Core.Talks;

/// <summary>
/// 记录谈心 and 谈心记录: talk records between two members, readable by both sides and the branch secretary.
/// Every view of someone else's record by the secretary and every refused attempt is audited.
/// </summary>
public sealed class TalkRecordService(
    ITalkStore store, IFeedbackStore feedbackStore, IMembershipStore members, IContentProtector protector, BranchClock clock,
    TalkWriteLock writeLock, AuditLog audit, FeedbackService feedback)
{
    public const int MaxTextLength = 1000;

    /// <summary>
    /// Records a talk between <paramref name="author"/> and the member named <paramref name="otherName"/>; an entry
    /// whose <see cref="TalkEntry.Id"/> was recorded before gets that record back.
    /// </summary>
    public async Task<Outcome<TalkRecordView, TalkProblem>> RecordTalkAsync(Member author, string otherName, TalkEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(author);
        ArgumentNullException.ThrowIfNull(entry);
        var current = await TalkAccess.CurrentAsync(members, author, cancellationToken);
        if (current is null)
        {
            return new TalkProblem.RecorderNotMember();
        }

        var other = await FindByNameAsync(otherName, cancellationToken);
        if (other is null)
        {
            return new TalkProblem.MemberNotFound((otherName ?? string.Empty).Trim());
        }

        if (other.Id == current.Id)
        {
            return new TalkProblem.TalkWithSelf();
        }

        var problem = TalkEntryRules.Check(entry, TalkAccess.Today(clock));
        if (problem is not null)
        {
            return problem;
        }

        var record = new TalkRecord
        {
            Id = entry.Id ?? TalkRecord.NewId(),
            AuthorId = current.Id,
            OtherId = other.Id,
            Date = entry.Date ?? TalkAccess.Today(clock),
            Form = entry.Form,
            ProtectedTopics = protector.Protect(entry.Topics.Trim()),
            ProtectedIssues = Protect(entry.Issues),
            ProtectedFollowUp = Protect(entry.FollowUp),
            CreatedAt = clock.UtcNow,
        };
        var saved = await writeLock.RunAsync(async () =>
        {
            if (entry.Id is not null && await store.GetAsync(record.Id, cancellationToken) is { } made)
            {
                return made;
            }

            await store.SaveAsync(record, cancellationToken);
            return record;
        }, cancellationToken);
        return Outcome<TalkRecordView, TalkProblem>.Ok(View(saved, current, other));
    }

    /// <summary>One talk record: both participants and the secretary may read it; everyone else is refused (and audited).</summary>
    public async Task<Outcome<TalkRecordView, TalkProblem>> GetAsync(Member viewer, string recordId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var record = await store.GetAsync(recordId, cancellationToken);
        if (record is null)
        {
            return new TalkProblem.RecordNotFound();
        }

        var current = await TalkAccess.CurrentAsync(members, viewer, cancellationToken);
        var participant = current is not null && record.Involves(current.Id);
        var allowed = participant || TalkAccess.IsSecretary(current);
        if (!participant)
        {
            await audit.RecordAsync(viewer.Id, AuditSubject.TalkRecord, record.Id, record.AuthorId, allowed, cancellationToken);
        }

        if (!allowed)
        {
            return current is null ? new TalkProblem.ReaderNotMember() : new TalkProblem.NotAllowed();
        }

        var author = await members.GetMemberAsync(record.AuthorId, cancellationToken);
        var other = await members.GetMemberAsync(record.OtherId, cancellationToken);
        return author is null || other is null ? new TalkProblem.ParticipantGone() : Outcome<TalkRecordView, TalkProblem>.Ok(View(record, author, other));
    }

    /// <summary>
    /// 谈心记录 [姓名]. Without a name: a member's own talks and feedback; for the secretary every record in the branch.
    /// With a name: the secretary sees that member's talks and feedback (audited); any other member sees only the
    /// talks they had with that person. Members removed from the branch and strangers are refused (audited).
    /// </summary>
    public async Task<Outcome<TalkRecordList, TalkProblem>> ListForAsync(Member viewer, string? otherName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var current = await TalkAccess.CurrentAsync(members, viewer, cancellationToken);
        var named = string.IsNullOrWhiteSpace(otherName) ? null : await FindByNameAsync(otherName, cancellationToken);
        if (current is null)
        {
            await audit.RecordAsync(viewer.Id, AuditSubject.TalkRecord, recordId: null, named?.Id, allowed: false, cancellationToken);
            return new TalkProblem.ReaderNotMember();
        }

        if (!string.IsNullOrWhiteSpace(otherName) && named is null)
        {
            return new TalkProblem.MemberNotFound(otherName.Trim());
        }

        var subject = named ?? (TalkAccess.IsSecretary(current) ? null : current);
        if (subject is not null && subject.Id == current.Id)
        {
            return await OwnAsync(current, cancellationToken);
        }

        return TalkAccess.IsSecretary(current)
            ? await SecretaryViewAsync(current, subject, cancellationToken)
            : await SharedAsync(current, subject!, cancellationToken);
    }

    private async Task<Outcome<TalkRecordList, TalkProblem>> OwnAsync(Member member, CancellationToken cancellationToken)
    {
        var talks = await store.ListInvolvingAsync(member.Id, cancellationToken);
        var own = await feedbackStore.ListByMemberAsync(member.Id, cancellationToken);
        return Outcome<TalkRecordList, TalkProblem>.Ok(new TalkRecordList(member, await ViewsAsync(talks, cancellationToken), [.. own.Select(f => feedback.View(f, member))]));
    }

    private async Task<Outcome<TalkRecordList, TalkProblem>> SharedAsync(Member viewer, Member other, CancellationToken cancellationToken)
    {
        // Asking for someone else's records is refused (and audited); only talks the viewer took part in are shown.
        await audit.RecordAsync(viewer.Id, AuditSubject.TalkRecord, recordId: null, other.Id, allowed: false, cancellationToken);
        var talks = (await store.ListInvolvingAsync(viewer.Id, cancellationToken)).Where(t => t.Involves(other.Id)).ToList();
        return Outcome<TalkRecordList, TalkProblem>.Ok(new TalkRecordList(other, await ViewsAsync(talks, cancellationToken), []));
    }

    private async Task<Outcome<TalkRecordList, TalkProblem>> SecretaryViewAsync(Member secretary, Member? subject, CancellationToken cancellationToken)
    {
        var talks = subject is null ? await store.ListAsync(cancellationToken) : await store.ListInvolvingAsync(subject.Id, cancellationToken);
        var feedbacks = subject is null ? await feedbackStore.ListAsync(cancellationToken) : await feedbackStore.ListByMemberAsync(subject.Id, cancellationToken);

        var entries = new List<AuditEntry>();
        entries.AddRange(talks.Where(t => !t.Involves(secretary.Id))
            .Select(t => audit.Entry(secretary.Id, AuditSubject.TalkRecord, t.Id, subject?.Id ?? t.AuthorId, allowed: true)));
        entries.AddRange(feedbacks.Where(f => f.MemberId != secretary.Id)
            .Select(f => audit.Entry(secretary.Id, AuditSubject.Feedback, f.Id, f.MemberId, allowed: true)));
        if (entries.Count == 0 && subject is not null)
        {
            entries.Add(audit.Entry(secretary.Id, AuditSubject.TalkRecord, recordId: null, subject.Id, allowed: true));
        }

        await audit.AppendAsync(entries, cancellationToken);

        var feedbackViews = new List<FeedbackView>(feedbacks.Count);
        foreach (var record in feedbacks)
        {
            if (await members.GetMemberAsync(record.MemberId, cancellationToken) is { } author)
            {
                feedbackViews.Add(feedback.View(record, author));
            }
        }

        return Outcome<TalkRecordList, TalkProblem>.Ok(new TalkRecordList(subject, await ViewsAsync(talks, cancellationToken), feedbackViews));
    }

    private async Task<IReadOnlyList<TalkRecordView>> ViewsAsync(IReadOnlyList<TalkRecord> records, CancellationToken cancellationToken)
    {
        var views = new List<TalkRecordView>(records.Count);
        foreach (var record in records)
        {
            var author = await members.GetMemberAsync(record.AuthorId, cancellationToken);
            var other = await members.GetMemberAsync(record.OtherId, cancellationToken);
            if (author is not null && other is not null)
            {
                views.Add(View(record, author, other));
            }
        }

        return views;
    }

    private async Task<Member?> FindByNameAsync(string? name, CancellationToken cancellationToken)
    {
        var wanted = name?.Trim();
        if (string.IsNullOrEmpty(wanted))
        {
            return null;
        }

        var all = await members.ListMembersAsync(cancellationToken);
        return all.FirstOrDefault(m => m.IsActive && string.Equals(m.Name, wanted, StringComparison.OrdinalIgnoreCase));
    }

    private TalkRecordView View(TalkRecord record, Member author, Member other) => new(
        record, author, other, protector.Unprotect(record.ProtectedTopics),
        record.ProtectedIssues is null ? null : protector.Unprotect(record.ProtectedIssues),
        record.ProtectedFollowUp is null ? null : protector.Unprotect(record.ProtectedFollowUp));

    private string? Protect(string? text) => string.IsNullOrWhiteSpace(text) ? null : protector.Protect(text.Trim());
}
