using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;
using BranchBot.Core.Organisation.Oversight;
using BranchBot.Core.WebConsole;

namespace BranchBot.WebConsole.Access;

/// <summary>
/// Who is asking: the session's member, read again from their branch's roster on every request, so a member removed
/// or demoted since the login is refused at once; a session ended by 退出 or 退出控制台 counts as none. The console is
/// for a branch committee (书记, 副书记, 支委), on their own branch, and for holders of a 党委 role
/// (<see cref="OversightAccess"/>), who reach the 各支部 pages and, read-only, a branch under their units that they
/// chose (<see cref="ConsoleBranchView"/>).
/// </summary>
public sealed class ConsoleGate(ConsoleSession sessions, IConsoleSignOuts signOuts, IOrganisationMembers members, OversightAccess oversight)
{
    public async Task<GateResult> CheckAsync(HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var session = sessions.Read(context);
        if (session is null || await signOuts.IsEndedAsync(session.SessionId, session.MemberId, session.StartedAt, cancellationToken))
        {
            return new GateResult(GateStatus.NoSession, null, null, ConsoleAccess.None);
        }

        var member = await members.FindAsync(session.MemberId, cancellationToken);
        var access = await AccessOfAsync(member, context.Features.Get<ConsoleBranchView>(), cancellationToken);
        return access.MayUse
            ? new GateResult(GateStatus.Allowed, session, member, access)
            : new GateResult(GateStatus.NotCommittee, session, member, access);
    }

    /// <summary>
    /// What the member may open: their branch's pages (committee), the 各支部 pages (a 党委 role), both or neither;
    /// for a branch they chose that they oversee and are not on the committee of, its pages read-only.
    /// </summary>
    public async Task<ConsoleAccess> AccessOfAsync(Member? member, ConsoleBranchView? view, CancellationToken cancellationToken)
    {
        if (member is not { IsActive: true })
        {
            return ConsoleAccess.None;
        }

        var oversees = (await oversight.UnitsOverseenByAsync(member.Id, cancellationToken)).Count > 0;
        if (view is { IsOtherBranch: true } || (view is { Chosen: true } && !member.IsCommittee))
        {
            // The selection checked that the branch is under the viewer's units.
            return new ConsoleAccess(oversees, oversees) { ReadOnly = true };
        }

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
/// <param name="Branch">The branch's pages (总览, 会议, 台账, …): its 书记, 副书记 and 支委, or read-only a 党委 role holder.</param>
/// <param name="Oversight">The 各支部 pages: holders of a 党委 role.</param>
public sealed record ConsoleAccess(bool Branch, bool Oversight)
{
    public static ConsoleAccess None { get; } = new(false, false);

    /// <summary>A branch the viewer oversees but is not on the committee of: the readable pages only, and no writes.</summary>
    public bool ReadOnly { get; init; }

    public bool MayUse => Branch || Oversight;

    /// <summary>Where the console starts for the viewer: 总览, or 各支部 for a 党委 role holder off the committee.</summary>
    public string Home => Branch ? "/console" : "/console/org";
}

public sealed record GateResult(GateStatus Status, SessionClaims? Session, Member? Member, ConsoleAccess Access);
