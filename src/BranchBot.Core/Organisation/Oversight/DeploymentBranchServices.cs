using BranchBot.Core.Broadcasts;
using BranchBot.Core.Knowledge.Questions;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Talks;

namespace BranchBot.Core.Organisation.Oversight;

/// <summary>
/// <see cref="IBranchServices"/> of a deployment that serves one branch (every store is bound to
/// <see cref="BranchContext"/>): that branch's services, and a refusal for any other id.
/// </summary>
public sealed class DeploymentBranchServices(
    BranchContext branch,
    ComplianceService compliance,
    TalkCoverageService talks,
    IBroadcastStore broadcasts,
    IPendingQuestionStore questions,
    IMembershipStore members) : IBranchServices
{
    private readonly BranchServiceSet _services = new(compliance, talks, broadcasts, questions, members);

    public BranchServiceSet For(string branchId) =>
        string.Equals(branchId, branch.Id, StringComparison.Ordinal) ? _services : throw new BranchNotServedException(branchId, branch.Id);
}
