using BranchBot.Core.Broadcasts;

namespace BranchBot.Core.Organisation.Broadcasts;

/// <summary>Why a 党委广播 cannot be previewed or sent.</summary>
public abstract record OrganisationBroadcastProblem
{
    private OrganisationBroadcastProblem()
    {
    }

    /// <summary>The sender holds no 党委 role.</summary>
    public sealed record NotAllowed : OrganisationBroadcastProblem;

    /// <summary>The text is empty or too long.</summary>
    public sealed record Text(BroadcastProblem Problem) : OrganisationBroadcastProblem;

    /// <summary>The named branch is not one the sender oversees.</summary>
    public sealed record BranchNotOverseen : OrganisationBroadcastProblem;

    /// <summary>No branch has anyone the audience names.</summary>
    public sealed record NobodyToReach(string AudienceLabel) : OrganisationBroadcastProblem;

    public sealed record NotFound(int Number) : OrganisationBroadcastProblem;
}

/// <summary>One branch in a preview: how many it would reach and how many of them have no chat account yet.</summary>
public sealed record OrganisationPreviewBranch(string BranchId, string BranchName, int Recipients, int Unreachable);

public sealed record OrganisationBroadcastPreview(string AudienceLabel, IReadOnlyList<OrganisationPreviewBranch> Branches)
{
    public int Recipients => Branches.Sum(b => b.Recipients);

    public int Unreachable => Branches.Sum(b => b.Unreachable);
}

/// <summary>One branch's receipts of a 党委广播: its part's counts, or none when nothing went there.</summary>
public sealed record OrganisationBroadcastBranchStatus(OrganisationBroadcastPart Part, BroadcastCounts? Counts);

/// <summary>A 党委广播 with every branch's counts and their sums.</summary>
public sealed record OrganisationBroadcastStatus(OrganisationBroadcast Broadcast, IReadOnlyList<OrganisationBroadcastBranchStatus> Branches)
{
    public int Recipients => Branches.Sum(b => b.Counts?.Recipients ?? 0);

    public int Sent => Branches.Sum(b => b.Counts?.Sent ?? 0);

    public int Unreachable => Branches.Sum(b => b.Counts?.Unreachable ?? 0);

    public int Acknowledged => Branches.Sum(b => b.Counts?.Acknowledged ?? 0);
}
