using BranchBot.Core.Membership;
using BranchBot.Core.Security;
using BranchBot.Core.Time;

namespace BranchBot.Core.Talks;

/// <summary>The secretary's 必访 follow-up tasks created from 谈心 hardships.</summary>
public sealed class FollowUpService(IFeedbackStore store, IMembershipStore members, IContentProtector protector, BranchClock clock, TalkWriteLock writeLock)
{
    public const int MaxNoteLength = 500;

    /// <summary>Open tasks, earliest due first; the secretary only.</summary>
    public async Task<Outcome<IReadOnlyList<FollowUpView>, TalkProblem>> ListOpenFollowUpsAsync(Member viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!TalkAccess.IsSecretary(await TalkAccess.CurrentAsync(members, viewer, cancellationToken)))
        {
            return new TalkProblem.SecretaryOnly();
        }

        return Outcome<IReadOnlyList<FollowUpView>, TalkProblem>.Ok(await ListOpenAsync(cancellationToken));
    }

    /// <summary>Open tasks, earliest due first, for the weekly nudge.</summary>
    public async Task<IReadOnlyList<FollowUpView>> ListOpenAsync(CancellationToken cancellationToken)
    {
        var tasks = await store.ListOpenFollowUpsAsync(cancellationToken);
        var views = new List<FollowUpView>(tasks.Count);
        foreach (var task in tasks)
        {
            if (await members.GetMemberAsync(task.MemberId, cancellationToken) is { } member)
            {
                views.Add(View(task, member));
            }
        }

        return views;
    }

    /// <summary>Marks a task done (已走访), with an optional note kept protected; the secretary only.</summary>
    public async Task<Outcome<FollowUpView, TalkProblem>> CompleteFollowUpAsync(Member viewer, string followUpId, string? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!TalkAccess.IsSecretary(await TalkAccess.CurrentAsync(members, viewer, cancellationToken)))
        {
            return new TalkProblem.CompleteSecretaryOnly();
        }

        var cleanNote = note?.Trim();
        if (cleanNote?.Length > MaxNoteLength)
        {
            return new TalkProblem.NoteTooLong(MaxNoteLength);
        }

        return await writeLock.RunAsync<Outcome<FollowUpView, TalkProblem>>(async () =>
        {
            var task = await store.GetFollowUpAsync(followUpId, cancellationToken);
            var member = task is null ? null : await members.GetMemberAsync(task.MemberId, cancellationToken);
            if (task is null || member is null)
            {
                return new TalkProblem.FollowUpNotFound();
            }

            if (!task.IsOpen)
            {
                return new TalkProblem.FollowUpAlreadyDone(member.Name);
            }

            var done = task with
            {
                Status = FollowUpStatus.Done,
                DoneBy = viewer.Id,
                DoneAt = clock.UtcNow,
                ProtectedNote = string.IsNullOrEmpty(cleanNote) ? null : protector.Protect(cleanNote),
            };
            await store.SaveFollowUpAsync(done, cancellationToken);
            return Outcome<FollowUpView, TalkProblem>.Ok(View(done, member));
        }, cancellationToken);
    }

    private FollowUpView View(FollowUpTask task, Member member) => new(
        task,
        member,
        Overdue: task.IsOpen && task.DueDate < TalkAccess.Today(clock),
        Note: task.ProtectedNote is null ? null : protector.Unprotect(task.ProtectedNote));
}
