using BranchBot.Core.Membership;
using BranchBot.Core.Time;

namespace BranchBot.Core.Talks;

/// <summary>Writes views of other people's private records (and refused attempts) to the audit log, and shows it to the secretary.</summary>
public sealed class AuditLog(IAuditLogStore store, IMembershipStore members, BranchClock clock)
{
    public const int DefaultLimit = 50;

    /// <summary>Records one view or attempt; never pass content here.</summary>
    public ValueTask RecordAsync(string viewerId, AuditSubject subject, string? recordId, string? memberId, bool allowed, CancellationToken cancellationToken) =>
        store.AppendAsync([Entry(viewerId, subject, recordId, memberId, allowed)], cancellationToken);

    internal AuditEntry Entry(string viewerId, AuditSubject subject, string? recordId, string? memberId, bool allowed) => new()
    {
        Id = AuditEntry.NewId(),
        At = clock.UtcNow,
        ViewerId = viewerId,
        Subject = subject,
        RecordId = recordId,
        MemberId = memberId,
        Allowed = allowed,
    };

    internal ValueTask AppendAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken) =>
        entries.Count == 0 ? ValueTask.CompletedTask : store.AppendAsync(entries, cancellationToken);

    /// <summary>The newest entries with names, newest first; the secretary only.</summary>
    public async Task<Outcome<IReadOnlyList<AuditView>, TalkProblem>> ListAuditAsync(Member viewer, int limit = DefaultLimit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!TalkAccess.IsSecretary(await TalkAccess.CurrentAsync(members, viewer, cancellationToken)))
        {
            return new TalkProblem.SecretaryOnly();
        }

        var entries = await store.ListAsync(Math.Clamp(limit, 1, 1000), cancellationToken);
        var names = new Dictionary<string, string?>(StringComparer.Ordinal);
        async Task<string?> NameOf(string? id)
        {
            if (id is null)
            {
                return null;
            }

            if (!names.TryGetValue(id, out var name))
            {
                name = (await members.GetMemberAsync(id, cancellationToken))?.Name;
                names[id] = name;
            }

            return name;
        }

        var views = new List<AuditView>(entries.Count);
        foreach (var entry in entries)
        {
            views.Add(new AuditView(entry, await NameOf(entry.ViewerId), await NameOf(entry.MemberId)));
        }

        return Outcome<IReadOnlyList<AuditView>, TalkProblem>.Ok(views);
    }
}
