namespace BranchBot.Core.Membership;

/// <summary>
/// Who asks for a membership change and through which door: a member in chat or in the web console, or the server
/// operator running the roster CLI (who has the database in hand anyway, so no rule of the branch binds them).
/// </summary>
public sealed record MembershipActor
{
    private MembershipActor(Member? member, MembershipDoor via)
    {
        Member = member;
        Via = via;
    }

    /// <summary>The member acting; null for the server operator.</summary>
    public Member? Member { get; }

    /// <summary>How the change was made, for the audit log.</summary>
    public MembershipDoor Via { get; }

    public bool IsOperator => Member is null;

    public static MembershipActor Operator { get; } = new(null, MembershipDoor.CommandLine);

    public static MembershipActor InChat(Member member) => new(member ?? throw new ArgumentNullException(nameof(member)), MembershipDoor.Chat);

    public static MembershipActor InConsole(Member member) => new(member ?? throw new ArgumentNullException(nameof(member)), MembershipDoor.Console);

    /// <summary>The same actor with the member's record as stored now (a role may have changed since the request began).</summary>
    public MembershipActor Current(IEnumerable<Member> members) =>
        Member is null ? this : new(members.FirstOrDefault(m => m.Id == Member.Id && m.IsActive) ?? Member with { Role = MemberRole.Member }, Via);
}

/// <summary>Where a membership change was made.</summary>
public enum MembershipDoor
{
    Chat,
    Console,
    CommandLine,
}
