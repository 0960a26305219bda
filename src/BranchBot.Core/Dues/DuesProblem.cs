namespace BranchBot.Core.Dues;

/// <summary>Why a 党费 operation was refused. The front ends word it.</summary>
public abstract record DuesProblem
{
    /// <summary>Bases and recording or confirming payments are for the committee (书记, 副书记, 支委).</summary>
    public sealed record CommitteeOnly : DuesProblem;

    /// <summary>Someone not (or no longer) an active member of the branch.</summary>
    public sealed record NotMember : DuesProblem;

    /// <summary>An income or pension is needed for this status.</summary>
    public sealed record IncomeMissing(DuesStatus Status) : DuesProblem;

    /// <summary>An amount below zero or with more than two places.</summary>
    public sealed record AmountInvalid(decimal Amount) : DuesProblem;

    /// <summary>A 农民 member's amount outside 0.2–1 元.</summary>
    public sealed record FarmerAmountOutOfRange(decimal Amount) : DuesProblem;

    public sealed record NoMonths : DuesProblem;

    /// <summary>A month further ahead than prepayment allows.</summary>
    public sealed record TooFarAhead(DuesMonth Month, int MaxMonthsAhead) : DuesProblem;

    /// <summary>No 交纳基数 in effect for the month: the committee records one first.</summary>
    public sealed record NoBase(string MemberName, DuesMonth Month) : DuesProblem;

    /// <summary>Months already paid (or already reported, for a member's own report).</summary>
    public sealed record AlreadyPaid(string MemberName, IReadOnlyList<DuesPayment> Payments) : DuesProblem;

    /// <summary>Nothing reported by the member waits for confirmation.</summary>
    public sealed record NothingPending(string MemberName) : DuesProblem;
}
