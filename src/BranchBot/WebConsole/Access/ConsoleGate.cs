using BranchBot.Core.Membership;
using BranchBot.Core.WebConsole;

namespace BranchBot.WebConsole.Access;

/// <summary>
/// Who is asking: the session's member, read again from the roster on every request, so a member removed or
/// demoted since the login is refused at once; a session ended by 退出 or 退出控制台 counts as none.
/// </summary>
public sealed class ConsoleGate(ConsoleSession sessions, IConsoleSignOuts signOuts, IMembershipStore members)
{
    public async Task<GateResult> CheckAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var session = sessions.Read(context);
        if (session is null || await signOuts.IsEndedAsync(session.SessionId, session.MemberId, session.StartedAt, cancellationToken))
        {
            return new GateResult(GateStatus.NoSession, null, null);
        }

        var member = await members.GetMemberAsync(session.MemberId, cancellationToken);
        return member is { IsActive: true, IsCommittee: true }
            ? new GateResult(GateStatus.Allowed, session, member)
            : new GateResult(GateStatus.NotCommittee, session, member);
    }

    /// <summary>Whether the member may use the console at all.</summary>
    public static bool MayUse(Member? member) => member is { IsActive: true, IsCommittee: true };
}

public enum GateStatus
{
    Allowed,
    NoSession,
    NotCommittee,
}

public sealed record GateResult(GateStatus Status, SessionClaims? Session, Member? Member);
