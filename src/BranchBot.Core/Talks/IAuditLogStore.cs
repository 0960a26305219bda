namespace BranchBot.Core.Talks;

/// <summary>The audit log of views of private records.</summary>
public interface IAuditLogStore
{
    ValueTask AppendAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken);

    /// <summary>The newest <paramref name="limit"/> entries, newest first.</summary>
    ValueTask<IReadOnlyList<AuditEntry>> ListAsync(int limit, CancellationToken cancellationToken);
}
