using BranchBot.Core.Membership;
using BranchBot.Core.WebConsole;

namespace BranchBot.WebConsole.Access;

/// <summary>Writes the console's 操作日志: who did what and when, never private content.</summary>
public sealed class ConsoleAudit(IConsoleAuditStore store, TimeProvider time)
{
    public ValueTask RecordAsync(Member? member, string action, string? detail, CancellationToken cancellationToken, bool allowed = true) =>
        store.AppendAsync(new ConsoleAuditEntry
        {
            Id = ConsoleAuditEntry.NewId(),
            At = time.GetUtcNow(),
            MemberId = member?.Id,
            MemberName = member?.Name,
            Action = action,
            Detail = detail,
            Allowed = allowed,
        }, cancellationToken);
}
