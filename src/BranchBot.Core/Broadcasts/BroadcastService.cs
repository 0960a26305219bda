using BranchBot.Core.Delivery;
using BranchBot.Core.Membership;
using BranchBot.Core.Text;
using BranchBot.Core.Time;

namespace BranchBot.Core.Broadcasts;

/// <summary>
/// Secretary broadcasts: preview, send (now or 定时) through the delivery outbox, 撤回, 催收, 补发, and the members' 收到 and
/// 回复. Reads return plain records so the web console can show the same lists as the chat.
/// </summary>
public sealed class BroadcastService(
    IBroadcastStore store,
    IDeliveryOutbox outbox,
    IMembershipStore members,
    BroadcastAudienceResolver audiences,
    BroadcastStatusReader statuses,
    BranchClock clock,
    BroadcastWriteLock writeLock,
    IBroadcastNotices notices,
    Organisation.IOrganisationMembers organisationMembers)
{
    public const int MaxTextLength = 2000;
    public const int MaxReplyLength = 500;

    /// <summary>How far back 回复 and 收到 without a number look for the member's latest broadcast.</summary>
    private const int LatestLookback = 50;

    public static bool MayBroadcast(Member actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsActive && actor.IsCommittee;
    }

    /// <summary>Who the draft would reach (the author left out), or why it cannot be sent.</summary>
    public async Task<Outcome<BroadcastPreview, BroadcastProblem>> PreviewAsync(BroadcastDraft draft, Member author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(author);
        if (!MayBroadcast(author))
        {
            return new BroadcastProblem.NotAllowed();
        }

        if (CheckText(draft.Text) is { } textProblem)
        {
            return textProblem;
        }

        if (draft.ScheduledAt is { } at && at <= clock.UtcNow)
        {
            return new BroadcastProblem.PastTime(at);
        }

        var resolved = await audiences.ResolveAsync(draft.Audience, cancellationToken);
        if (!resolved.Succeeded)
        {
            return resolved.Problem!;
        }

        var recipients = resolved.Value!.Members.Where(m => m.Id != author.Id).ToList();
        return Outcome<BroadcastPreview, BroadcastProblem>.Ok(new BroadcastPreview(resolved.Value.Label, recipients, [.. recipients.Where(m => !m.IsBound)]));
    }

    /// <summary>
    /// Numbers and stores the broadcast, then hands one outbox item per recipient to the delivery engine (held until
    /// <see cref="BroadcastDraft.ScheduledAt"/> for a 定时 one). Unbound members are enqueued too, so the report
    /// accounts for them as unreachable. A draft with a <see cref="BroadcastDraft.SourceKey"/> sent before gets that
    /// broadcast back, not a second one.
    /// </summary>
    public async Task<Outcome<BroadcastSent, BroadcastProblem>> SendAsync(BroadcastDraft draft, Member author, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(author);
        return await SendAsync(draft, new Signature(author.Id, author.Name, null, null), () => PreviewAsync(draft, author, cancellationToken), cancellationToken);
    }

    /// <summary>Who the branch's part of a 党委广播 would reach, or why it cannot go out (the 党委 may broadcast to every branch).</summary>
    public async Task<Outcome<BroadcastPreview, BroadcastProblem>> PreviewForOrganisationAsync(BroadcastDraft draft, string authorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (CheckText(draft.Text) is { } textProblem)
        {
            return textProblem;
        }

        var resolved = await audiences.ResolveAsync(draft.Audience, cancellationToken);
        if (!resolved.Succeeded)
        {
            return resolved.Problem!;
        }

        // The 党委 member who sends it may be a member of this branch too.
        var recipients = resolved.Value!.Members.Where(m => m.Id != authorId).ToList();
        return Outcome<BroadcastPreview, BroadcastProblem>.Ok(new BroadcastPreview(resolved.Value.Label, recipients, [.. recipients.Where(m => !m.IsBound)]));
    }

    /// <summary>
    /// The branch's part of 党委广播 <paramref name="organisationNumber"/>: numbered in the branch like any broadcast, so
    /// its members press 收到 and the secretary 催收 as usual, and signed by the 党委. The draft's source key makes a
    /// repeat (a resumed fan-out) return the part made before.
    /// </summary>
    public async Task<Outcome<BroadcastSent, BroadcastProblem>> SendForOrganisationAsync(
        BroadcastDraft draft, string authorId, string signedAs, int organisationNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return await SendAsync(
            draft, new Signature(authorId, signedAs, signedAs, organisationNumber), () => PreviewForOrganisationAsync(draft, authorId, cancellationToken), cancellationToken);
    }

    private async Task<Outcome<BroadcastSent, BroadcastProblem>> SendAsync(
        BroadcastDraft draft, Signature signature, Func<Task<Outcome<BroadcastPreview, BroadcastProblem>>> previewOf, CancellationToken cancellationToken)
    {
        if (draft.SourceKey is { } sourceKey && await store.FindBySourceKeyAsync(sourceKey, cancellationToken) is { } made)
        {
            // Before the checks: a repeated 确认 of a 定时 broadcast must not be refused because its time has come.
            return Outcome<BroadcastSent, BroadcastProblem>.Ok(new BroadcastSent(made, [], MadeBefore: true));
        }

        var preview = await previewOf();
        if (!preview.Succeeded)
        {
            return preview.Problem!;
        }

        if (preview.Value!.Recipients.Count == 0)
        {
            return new BroadcastProblem.EmptyAudience(preview.Value.AudienceLabel);
        }

        var (broadcast, madeBefore) = await writeLock.RunAsync(async () =>
        {
            if (draft.SourceKey is { } key && await store.FindBySourceKeyAsync(key, cancellationToken) is { } existing)
            {
                return (existing, true);
            }

            var number = await store.LastNumberAsync(cancellationToken) + 1;
            var created = new Broadcast
            {
                Number = number,
                BatchBase = store.BatchBaseOf(number),
                AuthorId = signature.AuthorId,
                Text = draft.Text.Trim(),
                Audience = draft.Audience,
                AudienceLabel = preview.Value.AudienceLabel,
                RequiresAcknowledgement = draft.RequiresAcknowledgement,
                RecipientIds = [.. preview.Value.Recipients.Select(m => m.Id)],
                CreatedAt = clock.UtcNow,
                ScheduledAt = draft.ScheduledAt,
                SourceKey = draft.SourceKey,
                SignedAs = signature.SignedAs,
                OrganisationNumber = signature.OrganisationNumber,
            };
            await store.SaveAsync(created, cancellationToken);
            return (created, false);
        }, cancellationToken);

        if (madeBefore)
        {
            // Queued when it was made (or at the next start-up, if the process stopped in between).
            return Outcome<BroadcastSent, BroadcastProblem>.Ok(new BroadcastSent(broadcast, preview.Value.Unreachable, MadeBefore: true));
        }

        broadcast = await QueueAsync(broadcast, signature.Name, cancellationToken);
        return Outcome<BroadcastSent, BroadcastProblem>.Ok(new BroadcastSent(broadcast, preview.Value.Unreachable));
    }

    /// <summary>
    /// Hands broadcasts that were stored but never queued (the process stopped in between) to the outbox; run at
    /// start-up. Enqueuing is idempotent per (batch, member), so a repeat cannot duplicate.
    /// </summary>
    public async Task<int> QueueUnqueuedAsync(CancellationToken cancellationToken)
    {
        var resumed = 0;
        foreach (var broadcast in await store.ListRecentAsync(LatestLookback, cancellationToken))
        {
            if (broadcast.QueuedAt is null && !broadcast.IsWithdrawn)
            {
                await QueueAsync(broadcast, await AuthorNameAsync(broadcast, cancellationToken), cancellationToken);
                resumed++;
            }
        }

        return resumed;
    }

    /// <summary>The latest broadcasts with their counts, newest first.</summary>
    public async Task<IReadOnlyList<BroadcastSummary>> ListAsync(int max, CancellationToken cancellationToken)
    {
        var summaries = new List<BroadcastSummary>();
        foreach (var broadcast in await store.ListRecentAsync(max, cancellationToken))
        {
            var detail = await statuses.ReadAsync(broadcast, cancellationToken);
            summaries.Add(new BroadcastSummary(broadcast, detail.AuthorName, detail.Counts));
        }

        return summaries;
    }

    /// <summary>The latest broadcasts themselves, newest first (for choosing one).</summary>
    public Task<IReadOnlyList<Broadcast>> ListRecentAsync(int max, CancellationToken cancellationToken) =>
        store.ListRecentAsync(max, cancellationToken).AsTask();

    public async Task<Broadcast?> FindAsync(int number, CancellationToken cancellationToken) => await store.GetAsync(number, cancellationToken);

    /// <summary>Counts, every recipient's state and the replies of one broadcast.</summary>
    public async Task<Outcome<BroadcastDetail, BroadcastProblem>> GetDetailAsync(int number, CancellationToken cancellationToken)
    {
        var broadcast = await store.GetAsync(number, cancellationToken);
        return broadcast is null ? new BroadcastProblem.NotFound(number) : Outcome<BroadcastDetail, BroadcastProblem>.Ok(await statuses.ReadAsync(broadcast, cancellationToken));
    }

    /// <summary>撤回: stops every message of the broadcast (and its 催收 and 补发) not yet taken by a sender, and marks it withdrawn.</summary>
    public async Task<Outcome<BroadcastWithdrawal, BroadcastProblem>> WithdrawAsync(int number, Member actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return await writeLock.RunAsync<Outcome<BroadcastWithdrawal, BroadcastProblem>>(async () =>
        {
            var broadcast = await store.GetAsync(number, cancellationToken);
            if (broadcast is null)
            {
                return new BroadcastProblem.NotFound(number);
            }

            if (!MayManage(actor, broadcast))
            {
                return new BroadcastProblem.NotAllowedToWithdraw();
            }

            if (broadcast.IsWithdrawn)
            {
                return new BroadcastProblem.AlreadyWithdrawn(number);
            }

            var cancelled = 0;
            foreach (var batch in broadcast.AllBatchIds())
            {
                cancelled += await outbox.CancelPendingAsync(batch, cancellationToken);
            }

            var withdrawn = broadcast with { WithdrawnAt = clock.UtcNow };
            await store.SaveAsync(withdrawn, cancellationToken);
            var report = await outbox.GetReportAsync(broadcast.BatchId, cancellationToken);
            return Outcome<BroadcastWithdrawal, BroadcastProblem>.Ok(new BroadcastWithdrawal(withdrawn, cancelled, report.Count(DeliveryState.Sent)));
        }, cancellationToken);
    }

    /// <summary>催收: sends the broadcast again, as a reminder, to its recipients who have not pressed 收到.</summary>
    public async Task<Outcome<BroadcastReminder, BroadcastProblem>> RemindAsync(int number, Member actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var outcome = await writeLock.RunAsync<Outcome<(Broadcast Broadcast, List<Member> Recipients), BroadcastProblem>>(async () =>
        {
            var target = await FollowUpTargetAsync(number, actor, BroadcastFollowUp.Remind, cancellationToken);
            if (!target.Succeeded)
            {
                return target.Problem!;
            }

            var broadcast = target.Value!;
            if (!broadcast.RequiresAcknowledgement)
            {
                return new BroadcastProblem.NoAcknowledgementAsked(number);
            }

            var acknowledged = await AcknowledgedIdsAsync(broadcast.Number, cancellationToken);
            var recipients = new List<Member>();
            foreach (var id in broadcast.RecipientIds.Where(id => !acknowledged.Contains(id)))
            {
                if (await members.GetMemberAsync(id, cancellationToken) is { IsActive: true } member)
                {
                    recipients.Add(member);
                }
            }

            if (recipients.Count == 0)
            {
                return new BroadcastProblem.AllAcknowledged(number);
            }

            var reminded = broadcast with { Reminders = broadcast.Reminders + 1 };
            await store.SaveAsync(reminded, cancellationToken);
            return Outcome<(Broadcast, List<Member>), BroadcastProblem>.Ok((reminded, recipients));
        }, cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Problem!;
        }

        var (remindedBroadcast, reminders) = outcome.Value;
        await outbox.EnqueueAsync(
            new DeliveryRequest(
                remindedBroadcast.ReminderBatchId(remindedBroadcast.Reminders),
                [.. reminders.Select(m => m.Id)],
                notices.Reminder(remindedBroadcast, await AuthorNameAsync(remindedBroadcast, cancellationToken))),
            cancellationToken);
        return Outcome<BroadcastReminder, BroadcastProblem>.Ok(new BroadcastReminder(remindedBroadcast, remindedBroadcast.Reminders, [.. reminders.OrderBy(m => m.Name, StringComparer.Ordinal)]));
    }

    /// <summary>
    /// 补发: sends the broadcast again to the recipients it has not certainly reached: 状态不明 (in flight when the
    /// process stopped), 发送失败 (retries used up), and 无法送达 ones who have a chat account now. Those already
    /// reached, still waiting in the outbox or withdrawn are left alone.
    /// </summary>
    public async Task<Outcome<BroadcastResend, BroadcastProblem>> ResendAsync(int number, Member actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var outcome = await writeLock.RunAsync<Outcome<BroadcastResend, BroadcastProblem>>(async () =>
        {
            var target = await FollowUpTargetAsync(number, actor, BroadcastFollowUp.Resend, cancellationToken);
            if (!target.Succeeded)
            {
                return target.Problem!;
            }

            var broadcast = target.Value!;
            var detail = await statuses.ReadAsync(broadcast, cancellationToken);
            var due = new List<BroadcastRecipientStatus>();
            foreach (var recipient in detail.Recipients)
            {
                if (await members.GetMemberAsync(recipient.MemberId, cancellationToken) is { IsActive: true } member && NeedsResend(recipient.State, member))
                {
                    due.Add(recipient);
                }
            }

            if (due.Count == 0)
            {
                return detail.Counts.Pending > 0
                    ? new BroadcastProblem.StillSending(number, detail.Counts.Pending)
                    : new BroadcastProblem.NothingToResend(number);
            }

            var resent = broadcast with { Resends = broadcast.Resends + 1 };
            await store.SaveAsync(resent, cancellationToken);
            return Outcome<BroadcastResend, BroadcastProblem>.Ok(new BroadcastResend(resent, resent.Resends, due));
        }, cancellationToken);
        if (!outcome.Succeeded)
        {
            return outcome.Problem!;
        }

        var (resentBroadcast, resend, recipients) = outcome.Value!;
        await outbox.EnqueueAsync(
            new DeliveryRequest(
                resentBroadcast.ResendBatchId(resend),
                [.. recipients.Select(r => r.MemberId)],
                notices.Resend(resentBroadcast, await AuthorNameAsync(resentBroadcast, cancellationToken))),
            cancellationToken);
        return outcome;
    }

    /// <summary>收到: records the member's acknowledgement of the named broadcast, or of the latest one asking for it.</summary>
    public async Task<Outcome<BroadcastAcknowledged, BroadcastProblem>> AcknowledgeAsync(Member member, int? number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var found = await FindReceivedAsync(member, number, b => b.RequiresAcknowledgement, cancellationToken);
        if (!found.Succeeded)
        {
            return found.Problem!;
        }

        var broadcast = found.Value!;
        if (!broadcast.RequiresAcknowledgement)
        {
            return new BroadcastProblem.AcknowledgementNotNeeded(broadcast.Number);
        }

        var added = await store.TryAddAcknowledgementAsync(new BroadcastAcknowledgement(broadcast.Number, member.Id, clock.UtcNow), cancellationToken);
        return Outcome<BroadcastAcknowledged, BroadcastProblem>.Ok(new BroadcastAcknowledged(broadcast, AlreadyAcknowledged: !added));
    }

    /// <summary>
    /// The member's latest received broadcast, when it asks for 收到, went out within <paramref name="within"/> and has
    /// not been acknowledged by them; otherwise null. Lets "好的" or "收到了" after such a broadcast count as 收到.
    /// </summary>
    public async Task<Broadcast?> AwaitingAcknowledgementAsync(Member member, TimeSpan within, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var now = clock.UtcNow;
        var latest = (await store.ListRecentAsync(LatestLookback, cancellationToken))
            .FirstOrDefault(b => !b.IsWithdrawn && b.IsDue(now) && b.RecipientIds.Contains(member.Id));
        if (latest is not { RequiresAcknowledgement: true } || latest.SendsAt < now - within)
        {
            return null;
        }

        return await store.HasAcknowledgedAsync(latest.Number, member.Id, cancellationToken) ? null : latest;
    }

    /// <summary>回复: stores the member's reply to the named broadcast, or to the latest one they received.</summary>
    public async Task<Outcome<BroadcastReplied, BroadcastProblem>> ReplyAsync(Member member, int? number, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var content = text?.Trim();
        if (string.IsNullOrEmpty(content))
        {
            return new BroadcastProblem.Text(new TextProblem.Empty(TextField.Reply));
        }

        if (content.Length > MaxReplyLength)
        {
            return new BroadcastProblem.Text(new TextProblem.TooLong(TextField.Reply, MaxReplyLength));
        }

        if (VisibleText.FreeTextProblem(content, TextField.Reply) is { } invisible)
        {
            return new BroadcastProblem.Text(invisible);
        }

        var found = await FindReceivedAsync(member, number, _ => true, cancellationToken);
        if (!found.Succeeded)
        {
            return found.Problem!;
        }

        var broadcast = found.Value!;
        // A member's newest reply to this broadcast in the same words is the same reply sent again (回复 pressed twice).
        var previous = (await store.ListRepliesAsync(broadcast.Number, cancellationToken)).LastOrDefault(r => r.MemberId == member.Id);
        var repeated = previous is not null && previous.Text == content;
        var reply = repeated ? previous! : new BroadcastReply(BroadcastReply.NewId(), broadcast.Number, member.Id, content, clock.UtcNow);
        if (!repeated)
        {
            await store.SaveReplyAsync(reply, cancellationToken);
        }

        // A 党委广播's author is a member of another branch (or of this one): found across the organisation.
        var author = broadcast.OrganisationNumber is null
            ? await members.GetMemberAsync(broadcast.AuthorId, cancellationToken)
            : await organisationMembers.FindAsync(broadcast.AuthorId, cancellationToken);
        return Outcome<BroadcastReplied, BroadcastProblem>.Ok(new BroadcastReplied(broadcast, reply, author is { IsActive: true } ? author : null, repeated));
    }

    /// <summary>
    /// The newest reply <paramref name="replier"/> sent within <paramref name="within"/> to a broadcast of this branch
    /// that <paramref name="author"/> sent: what 答复 answers. Null when there is none.
    /// </summary>
    public async Task<(Broadcast Broadcast, BroadcastReply Reply)?> FindReplyToAnswerAsync(Member author, Member replier, TimeSpan within, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(author);
        ArgumentNullException.ThrowIfNull(replier);
        var since = clock.UtcNow - within;
        (Broadcast Broadcast, BroadcastReply Reply)? newest = null;
        foreach (var broadcast in await store.ListRecentAsync(LatestLookback, cancellationToken))
        {
            if (broadcast.AuthorId != author.Id || broadcast.OrganisationNumber is not null)
            {
                continue;
            }

            var reply = (await store.ListRepliesAsync(broadcast.Number, cancellationToken)).LastOrDefault(r => r.MemberId == replier.Id && r.At >= since);
            if (reply is not null && (newest is null || reply.At > newest.Value.Reply.At))
            {
                newest = (broadcast, reply);
            }
        }

        return newest;
    }

    /// <summary>
    /// The latest broadcast the member received if it went out within <paramref name="within"/> and someone else sent
    /// it: what words typed soon after it that the bot cannot place are likely about.
    /// </summary>
    public async Task<RecentBroadcast?> FindRecentlyReceivedAsync(Member member, TimeSpan within, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (await FindLatestReceivedAsync(member, cancellationToken) is not { } latest
            || latest.SendsAt < clock.UtcNow - within
            || latest.AuthorId == member.Id)
        {
            return null;
        }

        return new RecentBroadcast(latest, await AuthorNameAsync(latest, cancellationToken));
    }

    /// <summary>The latest broadcast that has gone out to the member and was not withdrawn, if any: what 回复 alone means.</summary>
    public async Task<Broadcast?> FindLatestReceivedAsync(Member member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var found = await FindReceivedAsync(member, null, _ => true, cancellationToken);
        return found.Value;
    }

    /// <summary>How the broadcast is signed: the 党委's signature, or the author's name while they are a member of the branch.</summary>
    private async Task<string?> AuthorNameAsync(Broadcast broadcast, CancellationToken cancellationToken) =>
        broadcast.SignedAs ?? (await members.GetMemberAsync(broadcast.AuthorId, cancellationToken))?.Name;

    private async Task<Broadcast> QueueAsync(Broadcast broadcast, string? authorName, CancellationToken cancellationToken)
    {
        await outbox.EnqueueAsync(
            new DeliveryRequest(broadcast.BatchId, broadcast.RecipientIds, notices.First(broadcast, authorName), broadcast.ScheduledAt),
            cancellationToken);
        return await writeLock.RunAsync(async () =>
        {
            var current = await store.GetAsync(broadcast.Number, cancellationToken) ?? broadcast;
            var queued = current with { QueuedAt = clock.UtcNow };
            await store.SaveAsync(queued, cancellationToken);
            return queued;
        }, cancellationToken);
    }

    /// <summary>A broadcast the member was sent (and that has gone out): the named one, or the latest matching one.</summary>
    private async Task<Outcome<Broadcast, BroadcastProblem>> FindReceivedAsync(Member member, int? number, Func<Broadcast, bool> wanted, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        if (number is { } n)
        {
            var named = await store.GetAsync(n, cancellationToken);
            if (named is null || !named.RecipientIds.Contains(member.Id) || !named.IsDue(now))
            {
                return new BroadcastProblem.NotReceived(n);
            }

            return named.IsWithdrawn ? new BroadcastProblem.Withdrawn(n) : Outcome<Broadcast, BroadcastProblem>.Ok(named);
        }

        var latest = (await store.ListRecentAsync(LatestLookback, cancellationToken))
            .FirstOrDefault(b => !b.IsWithdrawn && b.IsDue(now) && b.RecipientIds.Contains(member.Id) && wanted(b));
        return latest is null ? new BroadcastProblem.NothingReceived() : Outcome<Broadcast, BroadcastProblem>.Ok(latest);
    }

    private async Task<HashSet<string>> AcknowledgedIdsAsync(int number, CancellationToken cancellationToken) =>
        (await store.ListAcknowledgementsAsync(number, cancellationToken)).Select(a => a.MemberId).ToHashSet(StringComparer.Ordinal);

    /// <summary>The broadcast a 催收 or 补发 (<paramref name="action"/>) may go out for: it exists, the actor may broadcast, and it has gone out and was not withdrawn.</summary>
    private async Task<Outcome<Broadcast, BroadcastProblem>> FollowUpTargetAsync(int number, Member actor, BroadcastFollowUp action, CancellationToken cancellationToken)
    {
        var broadcast = await store.GetAsync(number, cancellationToken);
        if (broadcast is null)
        {
            return new BroadcastProblem.NotFound(number);
        }

        if (!MayBroadcast(actor))
        {
            return new BroadcastProblem.NotAllowed();
        }

        if (broadcast.IsWithdrawn)
        {
            return new BroadcastProblem.FollowUpOfWithdrawn(number, action);
        }

        return broadcast.IsDue(clock.UtcNow)
            ? Outcome<Broadcast, BroadcastProblem>.Ok(broadcast)
            : new BroadcastProblem.NotYetSent(number, broadcast.SendsAt, action);
    }

    private static bool NeedsResend(DeliveryState state, Member member) => state switch
    {
        DeliveryState.Unknown or DeliveryState.Failed => true,
        DeliveryState.Unreachable => member.IsBound,
        _ => false,
    };

    private static bool MayManage(Member actor, Broadcast broadcast) =>
        actor.IsActive && (actor.Id == broadcast.AuthorId || actor.Role is MemberRole.Secretary or MemberRole.DeputySecretary);

    private static BroadcastProblem? CheckText(string? text)
    {
        var content = text?.Trim();
        if (string.IsNullOrEmpty(content))
        {
            return new BroadcastProblem.Text(new TextProblem.Empty(TextField.BroadcastContent));
        }

        if (content.Length > MaxTextLength)
        {
            return new BroadcastProblem.TooLong(content.Length, MaxTextLength);
        }

        return VisibleText.FreeTextProblem(content, TextField.BroadcastContent) is { } problem ? new BroadcastProblem.Text(problem) : null;
    }

    /// <summary>Who a broadcast is from: a branch member, or the 党委 (<paramref name="SignedAs"/>) for its part of a 党委广播.</summary>
    private sealed record Signature(string AuthorId, string Name, string? SignedAs, int? OrganisationNumber);
}
