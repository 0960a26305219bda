using BranchBot.Core.Membership;
using BranchBot.Core.Organisation.Oversight;
using BranchBot.Core.WebConsole;

namespace BranchBot.WebConsole.Access;

/// <summary>
/// Who is asking: the session's member, read again from the roster on every request, so a member removed or
/// demoted since the login is refused at once; a session ended by 退出 or 退出控制台 counts as none. The console is
/// for the branch committee (书记, 副书记, 支委) and for holders of a 党委 role (<see cref="OversightAccess"/>), who
/// reach only the 各支部 pages unless they are on a committee too.
/// </summary>
public sealed class ConsoleGate(ConsoleSession sessions, IConsoleSignOuts signOuts, IMembershipStore members, OversightAccess oversight)
{
    public async Task<GateResult> CheckAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var session = sessions.Read(context);
        if (session is null || await signOuts.IsEndedAsync(session.SessionId, session.MemberId, session.StartedAt, cancellationToken))
        {
            return new GateResult(GateStatus.NoSession, null, null, ConsoleAccess.None);
        }

        var member = await members.GetMemberAsync(session.MemberId, cancellationToken);
        var access = await AccessOfAsync(member, cancellationToken);
        return access.MayUse
            ? new GateResult(GateStatus.Allowed, session, member, access)
            : new GateResult(GateStatus.NotCommittee, session, member, access);
    }

    /// <summary>What the member may open: the branch's pages (committee), the 各支部 pages (a 党委 role), both or neither.</summary>
    public async Task<ConsoleAccess> AccessOfAsync(Member? member, CancellationToken cancellationToken)
    {
        if (member is not { IsActive: true })
        {
            return ConsoleAccess.None;
        }

        var oversees = (await oversight.UnitsOverseenByAsync(member.Id, cancellationToken)).Count > 0;
        return new ConsoleAccess(member.IsCommittee, oversees);
    }
}

public enum GateStatus
{
    Allowed,
    NoSession,
    NotCommittee,
}

/// <summary>The parts of the console a viewer may open.</summary>
/// <param name="Branch">The branch's own pages (总览, 会议, 台账, …): 书记, 副书记 and 支委.</param>
/// <param name="Oversight">The 各支部 pages: holders of a 党委 role.</param>
public sealed record ConsoleAccess(bool Branch, bool Oversight)
{
    public static ConsoleAccess None { get; } = new(false, false);

    public bool MayUse => Branch || Oversight;

    /// <summary>Where the console starts for the viewer: 总览, or 各支部 for a 党委 role holder off the committee.</summary>
    public string Home => Branch ? "/console" : "/console/org";
}

public sealed record GateResult(GateStatus Status, SessionClaims? Session, Member? Member, ConsoleAccess Access);
