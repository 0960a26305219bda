using BranchBot.Core.Delivery;
using BranchBot.Core.Organisation;
using BranchBot.Core.Talks;
using BranchBot.Storage.Postgres.Delivery;

namespace BranchBot.Storage.Postgres.Talks;

/// <summary>
/// One branch's 谈心 drafts, feedback and follow-ups. Answers are stored as the content protector wrote them
/// (ciphertext, never decrypted here); another branch's rows are never returned or written over.
/// </summary>
public sealed class PostgresFeedbackStore(PostgresDatabase database, BranchContext branch) : IFeedbackDraftBatchStore
{
    private readonly string _branchId = branch.Id;

    public async ValueTask<FeedbackDraft?> GetDraftAsync(string memberId, CancellationToken cancellationToken) =>
        await database.QuerySingleAsync(
            "SELECT doc FROM feedback_drafts WHERE member_id = @member AND branch_id = @branch", r => Documents.Read<FeedbackDraft>(r), cancellationToken,
            ("member", memberId), ("branch", _branchId)).ConfigureAwait(false);

    public async ValueTask SaveDraftAsync(FeedbackDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await WriteDraftsAsync([new KeyValuePair<string, FeedbackDraft?>(draft.MemberId, draft)], cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DeleteDraftAsync(string memberId, CancellationToken cancellationToken) =>
        await database.ExecuteAsync("DELETE FROM feedback_drafts WHERE member_id = @member AND branch_id = @branch", cancellationToken, ("member", memberId), ("branch", _branchId)).ConfigureAwait(false);

    public async ValueTask WriteDraftsAsync(IReadOnlyCollection<KeyValuePair<string, FeedbackDraft?>> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await database.InTransactionAsync(async session =>
        {
            foreach (var (memberId, draft) in changes)
            {
                if (draft is null)
                {
                    await session.ExecuteAsync("DELETE FROM feedback_drafts WHERE member_id = @member AND branch_id = @branch", cancellationToken, ("member", memberId), ("branch", _branchId)).ConfigureAwait(false);
                }
                else
                {
                    await Rows.UpsertOwnAsync(session, "feedback_drafts", "member_id", memberId, _branchId, cancellationToken, ("member_id", memberId), ("doc", Documents.Json(draft))).ConfigureAwait(false);
                }
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    public ValueTask SubmitAsync(FeedbackRecord record, IReadOnlyList<FollowUpTask> followUps, DeliveryRequest? notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(followUps);
        return SubmitAllAsync([new FeedbackSubmission(record, followUps, notice)], cancellationToken);
    }

    public async ValueTask SubmitAllAsync(IReadOnlyList<FeedbackSubmission> submissions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        await database.InTransactionAsync(async session =>
        {
            foreach (var (record, followUps, notice) in submissions)
            {
                var owner = await session.ScalarAsync("SELECT branch_id FROM feedback_drafts WHERE member_id = @member", cancellationToken, ("member", record.MemberId)).ConfigureAwait(false);
                if (owner is string other && other != _branchId)
                {
                    throw new BranchMismatchException(record.MemberId, _branchId);
                }

                await session.ExecuteAsync(
                    "INSERT INTO feedback (id, branch_id, member_id, submitted_ticks, doc) VALUES (@id, @branch, @member, @submitted, @doc)",
                    cancellationToken, ("id", record.Id), ("branch", _branchId), ("member", record.MemberId), ("submitted", record.SubmittedAt.UtcTicks), ("doc", Documents.Json(record))).ConfigureAwait(false);
                foreach (var followUp in followUps)
                {
                    await session.ExecuteAsync(
                        "INSERT INTO follow_ups (id, branch_id, status, doc) VALUES (@id, @branch, @status, @doc)",
                        cancellationToken, ("id", followUp.Id), ("branch", _branchId), ("status", (int)followUp.Status), ("doc", Documents.Json(followUp))).ConfigureAwait(false);
                }

                await session.ExecuteAsync("DELETE FROM feedback_drafts WHERE member_id = @member", cancellationToken, ("member", record.MemberId)).ConfigureAwait(false);
                if (notice is not null)
                {
                    await PostgresDeliveryStore.AddWithinAsync(session, notice, record.SubmittedAt, cancellationToken).ConfigureAwait(false);
                }
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<FeedbackRecord?> GetAsync(string feedbackId, CancellationToken cancellationToken) =>
        await database.QuerySingleAsync(
            "SELECT doc FROM feedback WHERE id = @id AND branch_id = @branch", r => Documents.Read<FeedbackRecord>(r), cancellationToken, ("id", feedbackId), ("branch", _branchId)).ConfigureAwait(false);

    public async ValueTask<IReadOnlyList<FeedbackRecord>> ListAsync(CancellationToken cancellationToken) =>
        await database.QueryAsync(
            "SELECT doc FROM feedback WHERE branch_id = @branch ORDER BY submitted_ticks DESC", r => Documents.Read<FeedbackRecord>(r), cancellationToken, ("branch", _branchId)).ConfigureAwait(false);

    public async ValueTask<IReadOnlyList<FeedbackRecord>> ListByMemberAsync(string memberId, CancellationToken cancellationToken) =>
        await database.QueryAsync(
            "SELECT doc FROM feedback WHERE branch_id = @branch AND member_id = @member ORDER BY submitted_ticks DESC", r => Documents.Read<FeedbackRecord>(r), cancellationToken,
            ("branch", _branchId), ("member", memberId)).ConfigureAwait(false);

    public async ValueTask<FollowUpTask?> GetFollowUpAsync(string followUpId, CancellationToken cancellationToken) =>
        await database.QuerySingleAsync(
            "SELECT doc FROM follow_ups WHERE id = @id AND branch_id = @branch", r => Documents.Read<FollowUpTask>(r), cancellationToken, ("id", followUpId), ("branch", _branchId)).ConfigureAwait(false);

    public async ValueTask<IReadOnlyList<FollowUpTask>> ListOpenFollowUpsAsync(CancellationToken cancellationToken)
    {
        var open = await database.QueryAsync(
            "SELECT doc FROM follow_ups WHERE branch_id = @branch AND status = @open", r => Documents.Read<FollowUpTask>(r), cancellationToken,
            ("branch", _branchId), ("open", (int)FollowUpStatus.Open)).ConfigureAwait(false);
        return [.. open.OrderBy(t => t.DueDate).ThenBy(t => t.CreatedAt)];
    }

    public async ValueTask SaveFollowUpAsync(FollowUpTask task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        await database.WithSessionAsync(async session =>
        {
            await Rows.UpsertOwnAsync(session, "follow_ups", "id", task.Id, _branchId, cancellationToken, ("id", task.Id), ("status", (int)task.Status), ("doc", Documents.Json(task))).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }
}
