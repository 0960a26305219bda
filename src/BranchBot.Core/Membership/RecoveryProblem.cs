namespace BranchBot.Core.Membership;

/// <summary>Why a 书记 recovery code is not issued or not accepted.</summary>
public abstract record RecoveryProblem
{
    /// <summary>The branch has not been set up yet: there is no 书记 account to recover.</summary>
    public sealed record NotClaimed : RecoveryProblem;

    /// <summary>The branch has no active 书记.</summary>
    public sealed record NoSecretary : RecoveryProblem;

    public sealed record WrongOrExpired : RecoveryProblem;

    /// <summary>The requesting chat account is already bound to a member.</summary>
    public sealed record AlreadyBound(string MemberName) : RecoveryProblem;

    /// <summary>A code was issued moments ago; a new one may be asked for after <paramref name="Wait"/>.</summary>
    public sealed record TooSoon(TimeSpan Wait) : RecoveryProblem;

    /// <summary>The organisation has several branches and the request named none of them.</summary>
    public sealed record BranchNeeded(IReadOnlyList<string> Branches) : RecoveryProblem;

    /// <summary>No open branch has the typed name or path.</summary>
    public sealed record UnknownBranch(string Typed) : RecoveryProblem;

    /// <summary>Several branches have the typed name.</summary>
    public sealed record AmbiguousBranch(string Typed, IReadOnlyList<string> Paths) : RecoveryProblem;
}
