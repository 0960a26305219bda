using BranchBot.Core.Broadcasts;
using BranchBot.Core.Broadcasts.Plans;
using BranchBot.Core.Knowledge.Entries;
using BranchBot.Core.Organisation.Broadcasts;
using BranchBot.Core.Organisation.Transfers;
using BranchBot.Core.Calendar;
using BranchBot.Core.Conversations;
using BranchBot.Core.Delivery;
using BranchBot.Core.Dues;
using BranchBot.Core.Knowledge.Feedback;
using BranchBot.Core.Knowledge.Questions;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;
using BranchBot.Core.PartyDevelopment;
using BranchBot.Core.Scheduling;
using BranchBot.Core.Talks;
using BranchBot.Core.WebConsole;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Broadcasts;
using BranchBot.Storage.LiteDb.Calendar;
using BranchBot.Storage.LiteDb.Conversations;
using BranchBot.Storage.LiteDb.Delivery;
using BranchBot.Storage.LiteDb.Dues;
using BranchBot.Storage.LiteDb.Knowledge;
using BranchBot.Storage.LiteDb.Meetings;
using BranchBot.Storage.LiteDb.Membership;
using BranchBot.Storage.LiteDb.Organisation;
using BranchBot.Storage.LiteDb.PartyDevelopment;
using BranchBot.Storage.LiteDb.Scheduling;
using BranchBot.Storage.LiteDb.Talks;
using BranchBot.Storage.LiteDb.WebConsole;
using BranchBot.Storage.Postgres;
using BranchBot.Storage.Postgres.Broadcasts;
using BranchBot.Storage.Postgres.Delivery;
using BranchBot.Storage.Postgres.Calendar;
using BranchBot.Storage.Postgres.Conversations;
using BranchBot.Storage.Postgres.Dues;
using BranchBot.Storage.Postgres.Knowledge;
using BranchBot.Storage.Postgres.Meetings;
using BranchBot.Storage.Postgres.Membership;
using BranchBot.Storage.Postgres.Organisation;
using BranchBot.Storage.Postgres.PartyDevelopment;
using BranchBot.Storage.Postgres.Scheduling;
using BranchBot.Storage.Postgres.Talks;
using BranchBot.Storage.Postgres.WebConsole;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Storage.Contracts;

/// <summary>
/// The stores of one empty database, LiteDB or PostgreSQL, for the contract tests: every contract runs on both. The
/// organisation has two branches, 甲 ("A") and 乙 ("B"), under one root.
/// </summary>
public abstract class StoreBackend : IAsyncDisposable
{
    public static readonly DateTimeOffset At = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8));

    public abstract IOrganisationStore Organisation();

    public abstract IMemberDirectory Directory();

    public abstract IMembershipStore Membership(string branch);

    public abstract IMeetingStore Meetings(string branch);

    public abstract IBroadcastStore Broadcasts(string branch);

    public abstract IPendingQuestionStore Questions(string branch);

    public abstract IAnswerLogStore AnswerLog(string branch);

    public abstract IFeedbackStore Feedback(string branch);

    public abstract ITalkStore Talks(string branch);

    public abstract IDuesStore Dues(string branch);

    public abstract IDeliveryStore Delivery();

    public abstract IBroadcastPlanStore BroadcastPlans(string branch);

    public abstract IKnowledgeEntryStore KnowledgeEntries(string branch);

    public abstract ISuggestionStore Suggestions(string branch);

    public abstract IAuditLogStore TalkAudit(string branch);

    public abstract IConsoleAuditStore ConsoleAudit(string branch);

    public abstract IMemberTransferStore Transfers();

    public abstract IOrganisationBroadcastStore OrganisationBroadcasts();

    public abstract IConsoleLoginLedger Logins();

    public abstract IConsoleSignOuts SignOuts();

    public abstract ISentMarkerStore Markers();

    public abstract ICalendarTokenStore CalendarTokens();

    public abstract IConversationStateStore States();

    public abstract IChatAddressStore Addresses();

    public abstract IDevelopmentStore Development(string branch);

    public abstract ValueTask DisposeAsync();

    /// <summary>The root and the two branches.</summary>
    public async Task<StoreBackend> SeededAsync()
    {
        await Organisation().ApplyAsync(new OrganisationChange
        {
            Units =
            [
                new OrgUnit { Id = "root", Kind = OrgUnitKind.PartyCommittee, Name = "机关党委", PrimaryBranchId = "A" },
                new OrgUnit { Id = "A", Kind = OrgUnitKind.Branch, Name = "甲支部", ParentId = "root", ClaimedAt = At },
                new OrgUnit { Id = "B", Kind = OrgUnitKind.Branch, Name = "乙支部", ParentId = "root", ClaimedAt = At },
            ],
        }, CancellationToken.None);
        return this;
    }
}

public sealed class LiteDbBackend : StoreBackend
{
    private readonly LiteDbContext _context = LiteDbContext.InMemory();
    private LiteDbDeliveryStore? _outbox;

    public override IOrganisationStore Organisation() => new LiteDbOrganisationStore(_context);

    public override IMemberDirectory Directory() => new LiteDbMemberDirectory(_context);

    public override IMembershipStore Membership(string branch) => new LiteDbMembershipStore(_context, new BranchContext(branch));

    public override IMeetingStore Meetings(string branch) => new LiteDbMeetingStore(_context, new BranchContext(branch));

    public override IBroadcastStore Broadcasts(string branch) => new LiteDbBroadcastStore(_context, new BranchContext(branch));

    public override IPendingQuestionStore Questions(string branch) => new LiteDbPendingQuestionStore(_context, new BranchContext(branch));

    public override IAnswerLogStore AnswerLog(string branch) => new LiteDbAnswerLogStore(_context, new BranchContext(branch));

    public override IFeedbackStore Feedback(string branch) => new LiteDbFeedbackStore(_context, new BranchContext(branch), (LiteDbDeliveryStore)Delivery());

    public override ITalkStore Talks(string branch) => new LiteDbTalkStore(_context, new BranchContext(branch));

    public override IDuesStore Dues(string branch) => new LiteDbDuesStore(_context, new BranchContext(branch));

    public override IDeliveryStore Delivery() => _outbox ??= new LiteDbDeliveryStore(_context);

    public override IBroadcastPlanStore BroadcastPlans(string branch) => new LiteDbBroadcastPlanStore(_context, new BranchContext(branch));

    public override IKnowledgeEntryStore KnowledgeEntries(string branch) => new LiteDbKnowledgeEntryStore(_context, new BranchContext(branch));

    public override ISuggestionStore Suggestions(string branch) => new LiteDbSuggestionStore(_context, new BranchContext(branch));

    public override IAuditLogStore TalkAudit(string branch) => new LiteDbAuditLogStore(_context, new BranchContext(branch));

    public override IConsoleAuditStore ConsoleAudit(string branch) => new LiteDbConsoleAuditStore(_context, new BranchContext(branch));

    public override IMemberTransferStore Transfers() => new LiteDbMemberTransferStore(_context, new MembershipChanges());

    public override IOrganisationBroadcastStore OrganisationBroadcasts() => new LiteDbOrganisationBroadcastStore(_context);

    public override IConsoleLoginLedger Logins() => new LiteDbConsoleLoginLedger(_context);

    public override IConsoleSignOuts SignOuts() => new LiteDbConsoleSignOuts(_context);

    public override ISentMarkerStore Markers() => new LiteDbSentMarkerStore(_context);

    public override ICalendarTokenStore CalendarTokens() => new LiteDbCalendarTokenStore(_context);

    public override IConversationStateStore States() => new LiteDbConversationStateStore(_context);

    public override IChatAddressStore Addresses() => new LiteDbChatAddressStore(_context);

    public override IDevelopmentStore Development(string branch) => new LiteDbDevelopmentStore(_context, new BranchContext(branch));

    public override ValueTask DisposeAsync()
    {
        _context.Dispose();
        return ValueTask.CompletedTask;
    }
}

public sealed class PostgresBackend(PostgresDatabase database) : StoreBackend
{
    public PostgresDatabase Database => database;

    public static async Task<PostgresBackend> CreateAsync() => new(await PostgresServer.CreateMigratedAsync());

    public override IOrganisationStore Organisation() => new PostgresOrganisationStore(database);

    public override IMemberDirectory Directory() => new PostgresMemberDirectory(database);

    public override IMembershipStore Membership(string branch) => new PostgresMembershipStore(database, new BranchContext(branch));

    public override IMeetingStore Meetings(string branch) => new PostgresMeetingStore(database, new BranchContext(branch));

    public override IBroadcastStore Broadcasts(string branch) => new PostgresBroadcastStore(database, new BranchContext(branch));

    public override IPendingQuestionStore Questions(string branch) => new PostgresPendingQuestionStore(database, new BranchContext(branch));

    public override IAnswerLogStore AnswerLog(string branch) => new PostgresAnswerLogStore(database, new BranchContext(branch));

    public override IFeedbackStore Feedback(string branch) => new PostgresFeedbackStore(database, new BranchContext(branch));

    public override ITalkStore Talks(string branch) => new PostgresTalkStore(database, new BranchContext(branch));

    public override IDuesStore Dues(string branch) => new PostgresDuesStore(database, new BranchContext(branch));

    public override IDeliveryStore Delivery() => new PostgresDeliveryStore(database, DeliveryClaimant.Unnamed());

    public override IBroadcastPlanStore BroadcastPlans(string branch) => new PostgresBroadcastPlanStore(database, new BranchContext(branch));

    public override IKnowledgeEntryStore KnowledgeEntries(string branch) => new PostgresKnowledgeEntryStore(database, new BranchContext(branch));

    public override ISuggestionStore Suggestions(string branch) => new PostgresSuggestionStore(database, new BranchContext(branch));

    public override IAuditLogStore TalkAudit(string branch) => new PostgresAuditLogStore(database, new BranchContext(branch));

    public override IConsoleAuditStore ConsoleAudit(string branch) => new PostgresConsoleAuditStore(database, new BranchContext(branch));

    public override IMemberTransferStore Transfers() => new PostgresMemberTransferStore(database, new MembershipChanges());

    public override IOrganisationBroadcastStore OrganisationBroadcasts() => new PostgresOrganisationBroadcastStore(database);

    public override IConsoleLoginLedger Logins() => new PostgresConsoleLoginLedger(database);

    public override IConsoleSignOuts SignOuts() => new PostgresConsoleSignOuts(database);

    public override ISentMarkerStore Markers() => new PostgresSentMarkerStore(database);

    public override ICalendarTokenStore CalendarTokens() => new PostgresCalendarTokenStore(database);

    public override IConversationStateStore States() => new PostgresConversationStateStore(database);

    public override IChatAddressStore Addresses() => new PostgresChatAddressStore(database);

    public override IDevelopmentStore Development(string branch) => new PostgresDevelopmentStore(database, new BranchContext(branch));

    public override async ValueTask DisposeAsync()
    {
        var connectionString = database.ConnectionString;
        await database.DisposeAsync();
        await PostgresServer.DropAsync(connectionString);
    }
}

/// <summary>The base of every contract: the backend is opened inside the test, so a missing server skips (or fails) that test with its reason.</summary>
public abstract class StoreContract : IAsyncLifetime
{
    private StoreBackend? _backend;

    protected static CancellationToken None => CancellationToken.None;

    protected static DateTimeOffset At => StoreBackend.At;

    protected abstract Task<StoreBackend> OpenAsync();

    protected async Task<StoreBackend> BackendAsync() => _backend ??= await (await OpenAsync()).SeededAsync();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_backend is not null)
        {
            await _backend.DisposeAsync();
        }
    }
}
