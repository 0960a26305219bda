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
}
