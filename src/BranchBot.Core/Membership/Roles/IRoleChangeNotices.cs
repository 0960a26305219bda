namespace BranchBot.Core.Membership;

/// <summary>
/// The words of a role change: its 操作日志 entry and the notice to the person concerned (both stored as final text).
/// Implemented by the front end that words the branch's messages.
/// </summary>
public interface IRoleChangeNotices
{
    /// <summary>The audit entry's action.</summary>
    string AuditAction { get; }

    /// <summary>Who the audit entry names as acting (the member, or the server operator).</summary>
    string ActorName(MembershipActor actor);

    string AuditDetail(RoleTransition change, MembershipActor actor);

    string Notice(RoleTransition change, MembershipActor actor);
}
