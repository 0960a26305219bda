namespace BranchBot.Core.Organisation.Transfers;

/// <summary>Why a 组织关系转接 was not made.</summary>
public abstract record TransferProblem
{
    /// <summary>Only the branch's 书记 or a holder of a 党委 role may move a member.</summary>
    public sealed record NotAllowed : TransferProblem;

    /// <summary>No current member of the sender's branch has (or contains) that name.</summary>
    public sealed record MemberNotFound(string Name) : TransferProblem;

    /// <summary>Several current members match the name typed.</summary>
    public sealed record MemberAmbiguous(string Name, IReadOnlyList<string> Candidates) : TransferProblem;

    /// <summary>No branch of the organisation has (or contains) that name; <paramref name="OpenBranches"/> are the choices.</summary>
    public sealed record BranchNotFound(string Name, IReadOnlyList<string> OpenBranches) : TransferProblem;

    public sealed record BranchAmbiguous(string Name, IReadOnlyList<string> Candidates) : TransferProblem;

    public sealed record BranchClosed(string Name) : TransferProblem;

    public sealed record SameBranch(string Name) : TransferProblem;

    /// <summary>The branch's 书记 cannot be moved away: the branch would have none. The office is handed over first.</summary>
    public sealed record SecretaryStays(string Name) : TransferProblem;

    /// <summary>The receiving branch already has a current member of that name.</summary>
    public sealed record NameTakenThere(string Name, string BranchName) : TransferProblem;

    /// <summary>The member was moved already (a repeated 是).</summary>
    public sealed record AlreadyMoved(string Name) : TransferProblem;
}
