using BranchBot.Core.Broadcasts;
using BranchBot.Core.Broadcasts.Plans;
using BranchBot.Core.Calendar;
using BranchBot.Core.Conversations;
using BranchBot.Core.Delivery;
using BranchBot.Core.Knowledge.Entries;
using BranchBot.Core.Knowledge.Feedback;
using BranchBot.Core.Knowledge.Questions;
using BranchBot.Core.Meetings;
using BranchBot.Core.Storage;
using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;
using BranchBot.Core.Organisation.Broadcasts;
using BranchBot.Core.Organisation.Transfers;
using BranchBot.Core.Scheduling;
using BranchBot.Core.Security;
using BranchBot.Core.Dues;
using BranchBot.Core.PartyDevelopment;
using BranchBot.Core.Talks;
using BranchBot.Core.WebConsole;
using BranchBot.Storage.LiteDb.Broadcasts;
using BranchBot.Storage.LiteDb.Calendar;
using BranchBot.Storage.LiteDb.Conversations;
using BranchBot.Storage.LiteDb.Delivery;
using BranchBot.Storage.LiteDb.Knowledge;
using BranchBot.Storage.LiteDb.Meetings;
using BranchBot.Storage.LiteDb.Membership;
using BranchBot.Storage.LiteDb.Organisation;
using BranchBot.Storage.LiteDb.Scheduling;
using BranchBot.Storage.LiteDb.Schema;
using BranchBot.Storage.LiteDb.Security;
using BranchBot.Storage.LiteDb.Dues;
using BranchBot.Storage.LiteDb.PartyDevelopment;
using BranchBot.Storage.LiteDb.Talks;
using BranchBot.Storage.LiteDb.WebConsole;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BranchBot.Storage.LiteDb;

public static class LiteDbStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the LiteDB stores over one database. A relative file name is resolved against
    /// <paramref name="baseDirectory"/>; <c>:memory:</c> gives a private in-memory database.
    /// </summary>
    public static IServiceCollection AddLiteDbStorage(this IServiceCollection services, string connectionString, string baseDirectory)
    {
        services.TryAddSingleton(provider =>
        {
            var logger = provider.GetService<ILoggerFactory>()?.CreateLogger(typeof(LiteDbContext).FullName!);
            var context = LiteDbContext.Open(connectionString, baseDirectory, (path, mode) => logger?.LogWarning(
                "The database file {Path} could be read by group or others (mode {Mode}); it is now owner-only (0600). Check who had access.",
                path, Convert.ToString((int)mode, 8)));
            try
            {
                // Before any store reads a document: an older file is brought up to date, a newer one refused.
                var upgrade = LiteDbSchema.Upgrade(context, LiteDbSchema.Steps);
                if (upgrade.Upgraded && upgrade.Backup is not null)
                {
                    logger?.LogWarning(
                        "The database {Path} was upgraded from schema version {From} to {To}; the file as it was is kept as {Backup}.",
                        context.File, upgrade.From, upgrade.To, upgrade.Backup);
                }
            }
            catch
            {
                context.Dispose();
                throw;
            }

            return context;
        });
        services.TryAddSingleton<LiteDbConversationStateStore>();
        services.TryAddSingleton<IConversationStateStore>(provider => provider.GetRequiredService<LiteDbContext>().RunsOneOperationAtATime
            ? new BufferedConversationStateStore(
                provider.GetRequiredService<LiteDbConversationStateStore>(),
                provider.GetRequiredService<LiteDbContext>().RefuseWritesWhenDiskFull,
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<BufferedConversationStateStore>>())
            : provider.GetRequiredService<LiteDbConversationStateStore>());
        services.TryAddSingleton<LiteDbChatAddressStore>();
        services.TryAddSingleton<IChatAddressStore>(provider => new CachedChatAddressStore(provider.GetRequiredService<LiteDbChatAddressStore>()));
        services.TryAddSingleton<ISecretStore, LiteDbSecretStore>();
        services.TryAddSingleton<PlainCodeMigration>();
        services.TryAddSingleton(provider => new LiteDbMeetingStore(provider.GetRequiredService<LiteDbContext>(), provider.GetRequiredService<BranchContext>()));
        services.TryAddSingleton<IChangeNotices>(SingleInstanceChangeNotices.Instance);
        services.TryAddSingleton<IMeetingStore>(provider => new CachedMeetingStore(provider.GetRequiredService<LiteDbMeetingStore>()));
        services.TryAddSingleton<ISentMarkerStore, LiteDbSentMarkerStore>();
        services.TryAddSingleton<LiteDbOrganisationStore>();
        services.TryAddSingleton<IOrganisationStore>(provider => provider.GetRequiredService<LiteDbOrganisationStore>());

        // The branch of the root container: the organisation's first branch (created with the organisation on a new
        // database). Every other branch gets its own container with its own BranchContext (the host's BranchScopes).
        services.TryAddSingleton(provider => new BranchContext(provider.GetRequiredService<LiteDbOrganisationStore>().EnsurePrimaryBranch()));
        services.TryAddSingleton<MembershipChanges>();
        services.TryAddSingleton<IMemberDirectory, LiteDbMemberDirectory>();
        services.TryAddSingleton<IMemberTransferStore, LiteDbMemberTransferStore>();
        services.TryAddSingleton<IOrganisationBroadcastStore, LiteDbOrganisationBroadcastStore>();
        services.TryAddSingleton(provider => new LiteDbMembershipStore(
            provider.GetRequiredService<LiteDbContext>(), provider.GetRequiredService<BranchContext>(), provider.GetRequiredService<MembershipChanges>()));
        services.TryAddSingleton<IMembershipStore>(provider => new CachedMembershipStore(
            provider.GetRequiredService<LiteDbMembershipStore>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IOptions<MembershipOptions>>(),
            provider.GetRequiredService<LiteDbContext>().OutsideWrites));
        services.AddLiteDbCalendarStorage();
        services.AddLiteDbTalkStorage();
        services.AddLiteDbKnowledgeStorage();
        services.AddLiteDbConsoleStorage();
        services.AddLiteDbDeliveryStorage();
        services.AddLiteDbBroadcastStorage();
        services.TryAddSingleton<IDuesStore, LiteDbDuesStore>();
        services.TryAddSingleton<IDevelopmentStore>(provider => new LiteDbDevelopmentStore(provider.GetRequiredService<LiteDbContext>(), provider.GetRequiredService<BranchContext>()));
        return services;
    }

    private static IServiceCollection AddLiteDbCalendarStorage(this IServiceCollection services)
    {
        services.TryAddSingleton<ICalendarTokenStore, LiteDbCalendarTokenStore>();
        return services;
    }

    /// <summary>The delivery outbox: one item per (batch, member) (issue 6).</summary>
    private static IServiceCollection AddLiteDbDeliveryStorage(this IServiceCollection services)
    {
        services.TryAddSingleton<IDeliveryStore, LiteDbDeliveryStore>();
        return services;
    }

    /// <summary>谈心谈话: feedback, follow-ups, anonymous suggestions, talk records and plans, and the audit log (issue 4).</summary>
    private static IServiceCollection AddLiteDbTalkStorage(this IServiceCollection services)
    {
        services.TryAddSingleton(provider => new LiteDbFeedbackStore(
            provider.GetRequiredService<LiteDbContext>(), provider.GetRequiredService<BranchContext>(),
            provider.GetRequiredService<IDeliveryStore>() as LiteDbDeliveryStore
                ?? throw new InvalidOperationException("谈心 submissions queue their notice in the LiteDB outbox of the same database.")));
        services.TryAddSingleton<IFeedbackStore>(provider => provider.GetRequiredService<LiteDbContext>().RunsOneOperationAtATime
            ? new BufferedFeedbackStore(
                provider.GetRequiredService<LiteDbFeedbackStore>(),
                provider.GetRequiredService<LiteDbContext>().RefuseWritesWhenDiskFull,
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<BufferedFeedbackStore>>())
            : provider.GetRequiredService<LiteDbFeedbackStore>());
        services.TryAddSingleton<ISuggestionStore, LiteDbSuggestionStore>();
        services.TryAddSingleton<ITalkStore, LiteDbTalkStore>();
        services.TryAddSingleton<IAuditLogStore, LiteDbAuditLogStore>();
        return services;
    }

    /// <summary>Knowledge base (issue 5): entries secretaries add, the question queue, the answer log and feedback.</summary>
    private static IServiceCollection AddLiteDbKnowledgeStorage(this IServiceCollection services)
    {
        services.TryAddSingleton<IKnowledgeEntryStore>(provider => new LiteDbKnowledgeEntryStore(provider.GetRequiredService<LiteDbContext>(), provider.GetRequiredService<BranchContext>()));
        services.TryAddSingleton<IPendingQuestionStore>(provider => new LiteDbPendingQuestionStore(provider.GetRequiredService<LiteDbContext>(), provider.GetRequiredService<BranchContext>()));
        services.TryAddSingleton(provider => new LiteDbAnswerLogStore(provider.GetRequiredService<LiteDbContext>(), provider.GetRequiredService<BranchContext>()));
        services.TryAddSingleton<IAnswerLogStore>(provider => provider.GetRequiredService<LiteDbContext>().RunsOneOperationAtATime
            ? new BufferedAnswerLogStore(
                provider.GetRequiredService<LiteDbAnswerLogStore>(),
                provider.GetRequiredService<LiteDbContext>().RefuseWritesWhenDiskFull,
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<BufferedAnswerLogStore>>())
            : provider.GetRequiredService<LiteDbAnswerLogStore>());
        return services;
    }

    /// <summary>Secretary web console (issue 7): used one-time login links and the console's audit log.</summary>
    private static IServiceCollection AddLiteDbConsoleStorage(this IServiceCollection services)
    {
        services.TryAddSingleton<IConsoleLoginLedger, LiteDbConsoleLoginLedger>();
        services.TryAddSingleton<IConsoleSignOuts, LiteDbConsoleSignOuts>();
        services.TryAddSingleton<IConsoleAuditStore, LiteDbConsoleAuditStore>();
        return services;
    }

    /// <summary>Secretary broadcasts, their acknowledgements and replies (issue 6).</summary>
    private static IServiceCollection AddLiteDbBroadcastStorage(this IServiceCollection services)
    {
        services.TryAddSingleton(provider => new LiteDbBroadcastStore(provider.GetRequiredService<LiteDbContext>(), provider.GetRequiredService<BranchContext>()));
        services.TryAddSingleton<IBroadcastStore>(provider => new CachedBroadcastStore(provider.GetRequiredService<LiteDbBroadcastStore>()));
        services.TryAddSingleton<IBroadcastPlanStore>(provider => new LiteDbBroadcastPlanStore(provider.GetRequiredService<LiteDbContext>(), provider.GetRequiredService<BranchContext>()));
        return services;
    }
}
