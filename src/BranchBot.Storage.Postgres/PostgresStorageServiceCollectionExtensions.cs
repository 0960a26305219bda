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
using BranchBot.Storage.Postgres.Broadcasts;
using BranchBot.Storage.Postgres.Calendar;
using BranchBot.Storage.Postgres.Conversations;
using BranchBot.Storage.Postgres.Delivery;
using BranchBot.Storage.Postgres.Knowledge;
using BranchBot.Storage.Postgres.Meetings;
using BranchBot.Storage.Postgres.Membership;
using BranchBot.Storage.Postgres.Organisation;
using BranchBot.Storage.Postgres.Scheduling;
using BranchBot.Storage.Postgres.Schema;
using BranchBot.Storage.Postgres.Security;
using BranchBot.Storage.Postgres.Dues;
using BranchBot.Storage.Postgres.PartyDevelopment;
using BranchBot.Storage.Postgres.Talks;
using BranchBot.Storage.Postgres.WebConsole;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BranchBot.Storage.Postgres;

public static class PostgresStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the PostgreSQL stores, the same services <c>AddLiteDbStorage</c> registers. Opening the database
    /// migrates it to the current schema first (once across instances) and refuses a newer one.
    /// </summary>
    public static IServiceCollection AddPostgresStorage(this IServiceCollection services, string connectionString)
    {
        services.TryAddSingleton(provider =>
        {
            var logger = provider.GetService<ILoggerFactory>()?.CreateLogger(typeof(PostgresDatabase).FullName!);
            var database = new PostgresDatabase(connectionString);
            try
            {
                var applied = PostgresMigrator.MigrateAsync(database, PostgresSchema.Migrations, CancellationToken.None).GetAwaiter().GetResult();
                if (applied.Count > 0)
                {
                    logger?.LogWarning("The PostgreSQL database was migrated to schema version {Version} (applied: {Applied}).", applied[^1], string.Join(", ", applied));
                }
            }
            catch
            {
                database.Dispose();
                throw;
            }

            return database;
        });
        services.TryAddSingleton<PostgresConversationStateStore>();
        services.TryAddSingleton<IConversationStateStore>(provider => provider.GetRequiredService<PostgresConversationStateStore>());
        services.TryAddSingleton<PostgresChatAddressStore>();
        services.TryAddSingleton<IChatAddressStore>(provider => new CachedChatAddressStore(
            provider.GetRequiredService<PostgresChatAddressStore>(), provider.GetRequiredService<IChangeNotices>()));
        services.TryAddSingleton<ISecretStore, PostgresSecretStore>();
        services.TryAddSingleton(provider => new PostgresMeetingStore(provider.GetRequiredService<PostgresDatabase>(), provider.GetRequiredService<BranchContext>()));
        services.TryAddSingleton<IChangeNotices, PostgresChangeNotices>();
        services.TryAddSingleton<IMeetingStore>(provider => new CachedMeetingStore(
            provider.GetRequiredService<PostgresMeetingStore>(), provider.GetRequiredService<IChangeNotices>(), ChangeTopics.Meetings(provider.GetRequiredService<BranchContext>().Id)));
        services.TryAddSingleton<ISentMarkerStore, PostgresSentMarkerStore>();
        services.TryAddSingleton<PostgresOrganisationStore>();
        services.TryAddSingleton<IOrganisationStore>(provider => provider.GetRequiredService<PostgresOrganisationStore>());

        // The branch of the root container: the organisation's first branch, as with LiteDB.
        services.TryAddSingleton(provider => new BranchContext(provider.GetRequiredService<PostgresOrganisationStore>().EnsurePrimaryBranch()));
        services.TryAddSingleton(provider =>
        {
            // Another instance's membership writes move the version too, so the sender index reads afresh.
            var changes = new MembershipChanges();
            provider.GetRequiredService<IChangeNotices>().Subscribe(ChangeTopics.AnyMembers, changes.Record);
            return changes;
        });
        services.TryAddSingleton<IMemberDirectory, PostgresMemberDirectory>();
        services.TryAddSingleton<IMemberTransferStore, PostgresMemberTransferStore>();
        services.TryAddSingleton<IOrganisationBroadcastStore, PostgresOrganisationBroadcastStore>();
        services.TryAddSingleton(provider => new PostgresMembershipStore(
            provider.GetRequiredService<PostgresDatabase>(), provider.GetRequiredService<BranchContext>(), provider.GetRequiredService<MembershipChanges>()));
        services.TryAddSingleton<IMembershipStore>(provider => new CachedMembershipStore(
            provider.GetRequiredService<PostgresMembershipStore>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IOptions<MembershipOptions>>(),
            provider.GetRequiredService<IChangeNotices>(),
            ChangeTopics.Members(provider.GetRequiredService<BranchContext>().Id)));
        services.TryAddSingleton<ICalendarTokenStore, PostgresCalendarTokenStore>();
        services.TryAddSingleton<IFeedbackStore>(provider => new PostgresFeedbackStore(provider.GetRequiredService<PostgresDatabase>(), provider.GetRequiredService<BranchContext>()));
        services.TryAddSingleton<ISuggestionStore, PostgresSuggestionStore>();
        services.TryAddSingleton<ITalkStore, PostgresTalkStore>();
        services.TryAddSingleton<IAuditLogStore, PostgresAuditLogStore>();
        services.TryAddSingleton<IKnowledgeEntryStore, PostgresKnowledgeEntryStore>();
        services.TryAddSingleton<IPendingQuestionStore, PostgresPendingQuestionStore>();
        services.TryAddSingleton<IAnswerLogStore, PostgresAnswerLogStore>();
        services.TryAddSingleton<IConsoleLoginLedger, PostgresConsoleLoginLedger>();
        services.TryAddSingleton<IConsoleSignOuts, PostgresConsoleSignOuts>();
        services.TryAddSingleton<IConsoleAuditStore, PostgresConsoleAuditStore>();
        services.TryAddSingleton(_ => DeliveryClaimant.Unnamed());
        services.TryAddSingleton<IDeliveryStore, PostgresDeliveryStore>();
        services.TryAddSingleton<IDeliveryRateLedger, PostgresDeliveryRateLedger>();
        services.TryAddSingleton(provider => new PostgresBroadcastStore(provider.GetRequiredService<PostgresDatabase>(), provider.GetRequiredService<BranchContext>()));
        services.TryAddSingleton<IBroadcastStore>(provider => new CachedBroadcastStore(
            provider.GetRequiredService<PostgresBroadcastStore>(), provider.GetRequiredService<IChangeNotices>(),
            ChangeTopics.Broadcasts(provider.GetRequiredService<BranchContext>().Id)));
        services.TryAddSingleton<IBroadcastPlanStore, PostgresBroadcastPlanStore>();
        services.TryAddSingleton<IDuesStore, PostgresDuesStore>();
        services.TryAddSingleton<IDevelopmentStore, PostgresDevelopmentStore>();
        return services;
    }
}
