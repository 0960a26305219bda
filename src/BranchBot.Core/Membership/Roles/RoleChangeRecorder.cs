using BranchBot.Core.Delivery;
using BranchBot.Core.WebConsole;

namespace BranchBot.Core.Membership;

/// <summary>
/// After every role change, whatever its path: one 操作日志 entry (console_audit, so the console shows changes made in
/// chat and by the CLI too) and a notice to the person concerned through the delivery outbox, which also carries it
/// from the CLI's process to the server's workers.
/// </summary>
public sealed class RoleChangeRecorder(IConsoleAuditStore audit, IDeliveryOutbox outbox, IRoleChangeNotices notices, TimeProvider timeProvider)
{
    public async Task RecordAsync(IEnumerable<RoleTransition> transitions, MembershipActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transitions);
        ArgumentNullException.ThrowIfNull(actor);
        foreach (var change in transitions.Where(t => t.IsChange))
        {
            var entry = new ConsoleAuditEntry
            {
                Id = ConsoleAuditEntry.NewId(),
                At = timeProvider.GetUtcNow(),
                MemberId = actor.Member?.Id,
                MemberName = notices.ActorName(actor),
                Action = notices.AuditAction,
                Detail = notices.AuditDetail(change, actor),
            };
            await audit.AppendAsync(entry, cancellationToken);
            var notice = new DeliveryMessage(notices.Notice(change, actor));
            await outbox.EnqueueAsync(new DeliveryRequest($"membership:role:{entry.Id}", [change.Member.Id], notice), cancellationToken);
        }
    }
}
