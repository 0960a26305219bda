using BranchBot.Core.Broadcasts;
using BranchBot.Core.Knowledge.Questions;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Talks;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Core.Organisation.Oversight;

/// <summary><see cref="IBranchServices"/> over every branch's own container (<see cref="IBranchScopes"/>).</summary>
public sealed class ScopedBranchServices(IBranchScopes scopes) : IBranchServices
{
    public BranchServiceSet For(string branchId)
    {
        var services = scopes.For(branchId);
        return new BranchServiceSet(
            services.GetRequiredService<ComplianceService>(),
            services.GetRequiredService<TalkCoverageService>(),
            services.GetRequiredService<IBroadcastStore>(),
            services.GetRequiredService<IPendingQuestionStore>(),
            services.GetRequiredService<IMembershipStore>());
    }
}
