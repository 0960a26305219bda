using BranchBot.Core.Broadcasts;
using BranchBot.Core.Knowledge.Questions;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Talks;

namespace BranchBot.Core.Organisation.Oversight;

/// <summary>
/// The services of one branch, as the oversight reads them. Only services that return counts and 台账 inputs are
/// here: none can hand out talk content, feedback answers or 匿名建议.
/// </summary>
public sealed record BranchServiceSet(
    ComplianceService Compliance,
    TalkCoverageService Talks,
    IBroadcastStore Broadcasts,
    IPendingQuestionStore Questions,
    IMembershipStore Members);

/// <summary>"The services of branch X": the one door through which the oversight reaches a branch's data.</summary>
public interface IBranchServices
{
    /// <summary>The branch's services; <see cref="BranchNotServedException"/> for an id that is not an open branch.</summary>
    BranchServiceSet For(string branchId);
}

/// <summary>A branch was asked for that is not an open branch of the organisation; answering with another's data would leak it.</summary>
public sealed class BranchNotServedException(string branchId)
    : InvalidOperationException($"Branch '{branchId}' is not an open branch of this organisation.")
{
    public string BranchId { get; } = branchId;
}
