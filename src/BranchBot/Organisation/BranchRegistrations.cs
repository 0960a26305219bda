using BranchBot.BotFramework.Turns;
using BranchBot.Core.Calendar;
using BranchBot.Core.Conversations;
using BranchBot.Core.Delivery;
using BranchBot.Core.Knowledge;
using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;
using BranchBot.Core.Organisation.Broadcasts;
using BranchBot.Core.Organisation.Transfers;
using BranchBot.Core.Organisation.Oversight;
using BranchBot.Core.Scheduling;
using BranchBot.Core.Security;
using BranchBot.Core.WebConsole;
using BranchBot.Dialogs.Bot;
using BranchBot.Security;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Conversations;
using BranchBot.Storage.LiteDb.Organisation;
using BranchBot.Storage.LiteDb.Security;
using BranchBot.Storage.Postgres;
using BranchBot.Storage.Postgres.Conversations;
using BranchBot.Storage.Postgres.Organisation;
using BranchBot.WebConsole.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Quartz;
using System.Text.Encodings.Web;

namespace BranchBot.Organisation;

/// <summary>
/// Splits the server's registrations (<see cref="Hosting.BranchBotComposition"/>) into the organisation's and a
/// branch's: a branch's container copies every registration of BranchBot's own services except the organisation-wide
/// ones, gets its own <see cref="BranchContext"/>, and is handed the root's instances of the organisation-wide
/// services (as instances, so disposing a branch's container never disposes them). The collection is read once, when the
/// first branch container is built, so replacements made after the composition (tests) are seen.
/// </summary>
internal sealed class BranchRegistrations(IServiceCollection services)
{
    /// <summary>BranchBot's services that are one per process: the database, its organisation-wide stores and caches, the outbox, keys.</summary>
    private static readonly HashSet<Type> OrganisationWide =
    [
        typeof(LiteDbContext), typeof(PostgresDatabase), typeof(PostgresConversationStateStore), typeof(PostgresChatAddressStore), typeof(PostgresOrganisationStore),
        typeof(LiteDbConversationStateStore), typeof(IConversationStateStore), typeof(LiteDbChatAddressStore),
        typeof(IChatAddressStore), typeof(ISecretStore), typeof(PlainCodeMigration), typeof(ISentMarkerStore), typeof(LiteDbOrganisationStore),
        typeof(IOrganisationStore), typeof(ICalendarTokenStore), typeof(IDeliveryStore), typeof(IConsoleLoginLedger), typeof(IConsoleSignOuts),
        typeof(IMemberDirectory), typeof(IMemberTransferStore), typeof(MemberTransferService), typeof(MembershipChanges), typeof(SecretCodeHasher), typeof(LookupKey), typeof(CodeAttemptLimiter),
        typeof(DeliverySignal), typeof(IDeliveryOutbox), typeof(IDeliveryDispatcher), typeof(IContentProtector), typeof(ContentKeyRing),
        typeof(ContentKeyRingLoader), typeof(SigningKeys), typeof(SigningKeysLoader), typeof(ConsoleKeyRing), typeof(Core.IPublicBaseUrl),
        typeof(IBranchScopes), typeof(IBranchServices), typeof(SenderBranchIndex), typeof(IOrganisationMembers), typeof(BranchCreationService),
        typeof(OrganisationJoin), typeof(BranchLookup), typeof(OrganisationSecretaryRecovery), typeof(OrganisationRoster), typeof(ConversationStateCache), typeof(ChatAddressTracker), typeof(IBot), typeof(BranchRegistrations),
        typeof(OversightAccess), typeof(OverseenBranches), typeof(BranchFactsGatherer), typeof(OpenQuestionsAcrossBranches),
        typeof(BroadcastReceiptsAcrossBranches), typeof(BranchesMissingMeetings), typeof(Scheduling.ComplianceSummary),
        typeof(SharedKnowledge), typeof(IOrganisationBroadcastStore), typeof(OrganisationBroadcastService),
        typeof(Core.Organisation.Knowledge.OrganisationKnowledge), typeof(Core.Storage.IChangeNotices),
    ];

    /// <summary>Framework services a branch's services use, handed over from the root.</summary>
    private static readonly HashSet<Type> FrameworkShared =
    [
        typeof(TimeProvider), typeof(ILoggerFactory), typeof(IConfiguration), typeof(IHostEnvironment), typeof(IHostApplicationLifetime),
        typeof(IHttpContextAccessor), typeof(ISchedulerFactory), typeof(HtmlEncoder),
    ];

    private static readonly string[] OrganisationAssemblies = ["BranchBot.BotFramework", "BranchBot.Channels"];

    private readonly Lazy<(List<ServiceDescriptor> Branch, List<(Type Type, int Count)> Shared)> _placed = new(() => Place(services));

    /// <summary>The registrations of one branch's container.</summary>
    public IServiceCollection For(BranchContext branch, IServiceProvider root)
    {
        ArgumentNullException.ThrowIfNull(branch);
        ArgumentNullException.ThrowIfNull(root);
        var (own, shared) = _placed.Value;
        IServiceCollection child = new ServiceCollection();
        foreach (var descriptor in own)
        {
            child.Add(descriptor);
        }

        foreach (var (type, count) in shared)
        {
            // The root's instances in registration order (the last one is what GetService answers).
            var instances = count == 1 ? [root.GetRequiredService(type)] : root.GetServices(type).ToList();
            foreach (var instance in instances)
            {
                child.Add(ServiceDescriptor.Singleton(type, instance!));
            }
        }

        child.AddSingleton(branch);
        return child;
    }

    /// <summary>Which registrations every branch copies and which services it takes from the root: worked out once, for every branch.</summary>
    private static (List<ServiceDescriptor> Branch, List<(Type Type, int Count)> Shared) Place(IServiceCollection services)
    {
        var own = new List<ServiceDescriptor>();
        var shared = new Dictionary<Type, int>();
        var order = new List<Type>();
        foreach (var descriptor in services)
        {
            switch (Classify(descriptor))
            {
                case Placement.Branch:
                    own.Add(descriptor);
                    break;
                case Placement.Root:
                    if (!shared.TryGetValue(descriptor.ServiceType, out var count))
                    {
                        order.Add(descriptor.ServiceType);
                    }

                    shared[descriptor.ServiceType] = count + 1;
                    break;
                case Placement.Nowhere:
                    break;
            }
        }

        return (own, [.. order.Select(type => (type, shared[type]))]);
    }

    private static Placement Classify(ServiceDescriptor descriptor)
    {
        var type = descriptor.ServiceType;
        if (type == typeof(IHostedService) || type == typeof(BranchContext) || descriptor.IsKeyedService)
        {
            return Placement.Nowhere;
        }

        if (type.IsGenericTypeDefinition || descriptor.ImplementationInstance is not null || descriptor.Lifetime != ServiceLifetime.Singleton)
        {
            // Open generics (options, loggers) are built anew from what is shared; instances are shared as they are
            // (a container never disposes an instance it was given); scoped and transient services hold nothing.
            return OrganisationWide.Contains(type) || FrameworkShared.Contains(type) ? Placement.Root : Placement.Branch;
        }

        if (OrganisationWide.Contains(type) || FrameworkShared.Contains(type) || IsOf(type, OrganisationAssemblies) || IsOf(descriptor.ImplementationType, OrganisationAssemblies))
        {
            return Placement.Root;
        }

        return IsOurs(type) || IsOurs(descriptor.ImplementationType) ? Placement.Branch : Placement.Nowhere;
    }

    private static bool IsOf(Type? type, string[] assemblies) => type is not null && assemblies.Contains(type.Assembly.GetName().Name, StringComparer.Ordinal);

    private static bool IsOurs(Type? type) => type?.Assembly.GetName().Name?.StartsWith("BranchBot", StringComparison.Ordinal) == true;

    private enum Placement
    {
        Branch,
        Root,
        Nowhere,
    }
}
