using BranchBot.Core.Organisation;

namespace BranchBot.Organisation;

public static class BranchScopesServiceCollectionExtensions
{
    /// <summary>
    /// The containers of the branches other than the first (built from <paramref name="services"/> as it stands when
    /// the first one is needed) and their start-up work.
    /// </summary>
    public static IServiceCollection AddBranchScopes(this IServiceCollection services)
    {
        // Before the registrations are copied: each branch's container applies its own Branches:{branch} settings.
        services.AddBranchSettings();
        services.AddSingleton(new BranchRegistrations(services));
        services.AddSingleton<BranchScopes>();
        services.AddSingleton<IBranchScopes>(provider => provider.GetRequiredService<BranchScopes>());
        services.AddHostedService<OtherBranchesStartup>();
        services.AddHostedService<OrganisationBroadcastResumer>();
        return services;
    }
}
