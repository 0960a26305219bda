using BranchBot.Core;
using BranchBot.Core.Broadcasts;
using BranchBot.Core.Broadcasts.Plans;
using BranchBot.Core.Calendar;
using BranchBot.Core.Delivery;
using BranchBot.Core.Dues;
using BranchBot.Core.Knowledge;
using BranchBot.Core.Knowledge.Entries;
using BranchBot.Core.Knowledge.Feedback;
using BranchBot.Core.Knowledge.Questions;
using BranchBot.Core.Meetings;
using BranchBot.Core.Membership;
using BranchBot.Core.Security;
using BranchBot.Core.Membership.Roster;
using BranchBot.Core.Organisation;
using BranchBot.Core.Organisation.Broadcasts;
using BranchBot.Core.Organisation.Knowledge;
using BranchBot.Core.Organisation.Oversight;
using BranchBot.Core.Organisation.Transfers;
using BranchBot.Core.PartyDevelopment;
using BranchBot.Core.Talks;
using BranchBot.Core.Time;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BranchBot.Hosting;

public static class DomainServiceCollectionExtensions
{
    /// <summary>The branch's domain services and their settings.</summary>
    public static IServiceCollection AddBranchBotDomain(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<BranchBotOptions>(configuration.GetSection(BranchBotOptions.SectionName));
        services.AddHttpContextAccessor();
        services.AddSingleton<IPublicBaseUrl, RequestPublicBaseUrl>();
        services.Configure<MembershipOptions>(configuration.GetSection(MembershipOptions.SectionName));
        services.AddSingleton<BranchClock>();
        services.AddSingleton<RoleChangeRecorder>();
        // Needs a LookupKey: the host's comes from the signing key file (AddSigningKeys).
        services.TryAddSingleton<SecretCodeHasher>();
        services.AddSingleton<MembershipService>();
        services.AddSingleton<RosterSnapshot>();
        services.AddSingleton<SecretaryRecoveryService>();
        services.AddSingleton<CodeAttemptLimiter>();
        services.AddSingleton<RosterImporter>();
        services.AddSingleton<RosterExporter>();

        // The organisation: which branch a sender or member belongs to, new branches and joining any branch.
        services.AddSingleton<SenderBranchIndex>();
        services.AddSingleton<IOrganisationMembers, OrganisationMembers>();
        services.AddSingleton<BranchCreationService>();
        services.AddSingleton<MemberTransferService>();
        services.AddSingleton<OrganisationJoin>();
        services.AddSingleton<BranchLookup>();
        services.AddSingleton<OrganisationSecretaryRecovery>();
        services.AddSingleton<OrganisationRoster>();

        services.Configure<MeetingOptions>(configuration.GetSection(MeetingOptions.SectionName));
        services.Configure<ComplianceOptions>(configuration.GetSection(ComplianceOptions.SectionName));
        services.AddSingleton<MeetingAudienceResolver>();
        services.AddMeetingDomain();
        services.AddRecordedMeetings();
        services.AddCalendarLinks();
        services.AddTalkDomain(configuration);
        services.AddKnowledgeBase(configuration);
        services.AddDeliveryOutbox(configuration);
        services.AddBroadcasts();
        services.AddDues(configuration);
        services.AddPartyDevelopment();
        return services;
    }

    /// <summary>Meetings, check-in and leave, recurring plans and compliance (issue 3).</summary>
    private static void AddMeetingDomain(this IServiceCollection services)
    {
        services.AddSingleton<MeetingWriteLock>();
        services.AddSingleton<MeetingChangeNotifier>();
        services.AddSingleton<MeetingService>();
        services.AddSingleton<Core.Meetings.Focus.MeetingFocusStore>();
        services.AddSingleton<Core.Knowledge.Focus.AnswerFocusStore>();
        services.AddSingleton<AttendanceService>();
        services.AddSingleton<PlanService>();
        services.AddSingleton<ComplianceService>();
        services.AddSingleton<IBranchServices, ScopedBranchServices>();
        services.AddSingleton<OverseenBranches>();
        services.AddSingleton<BranchFactsGatherer>();
        services.AddSingleton<OpenQuestionsAcrossBranches>();
        services.AddSingleton<BroadcastReceiptsAcrossBranches>();
        services.AddSingleton<BranchesMissingMeetings>();
        services.AddSingleton<OversightAccess>();
        services.AddSingleton<OrganisationBroadcastService>();
        services.AddSingleton<OrganisationKnowledge>();
    }

    /// <summary>发展党员 (issue 19): each person's file, its rule table and deadlines.</summary>
    private static void AddPartyDevelopment(this IServiceCollection services)
    {
        services.AddSingleton<DevelopmentWriteLock>();
        services.AddSingleton<DevelopmentService>();
    }

    /// <summary>补录: meetings held before (or outside) the bot, entered afterwards for a complete 台账.</summary>
    private static void AddRecordedMeetings(this IServiceCollection services) =>
        services.AddSingleton<RecordedMeetingService>();

    /// <summary>
    /// 谈心谈话 (issue 4): feedback, follow-ups, anonymous suggestions, talk records, coverage, plans and the audit log.
    /// They need an IContentProtector, which the security part registers.
    /// </summary>
    private static void AddTalkDomain(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<TalkOptions>(configuration.GetSection(TalkOptions.SectionName));
        services.AddSingleton<TalkWriteLock>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<FeedbackService>();
        services.AddSingleton<FollowUpService>();
        services.AddSingleton<SuggestionService>();
        services.AddSingleton<TalkRecordService>();
        services.AddSingleton<TalkCoverageService>();
        services.AddSingleton<TalkRequestService>();
        services.AddSingleton<TalkPlanService>();
    }

    /// <summary>
    /// Rules questions answered from the knowledge files and the entries secretaries add (issue 5), read at start-up;
    /// the question queue for the secretary and the answer log with its 有用/没用 feedback.
    /// </summary>
    private static void AddKnowledgeBase(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<KnowledgeOptions>(configuration.GetSection(KnowledgeOptions.SectionName));
        services.AddSingleton(KnowledgeBaseLoader.CreateShared);
        services.AddSingleton(KnowledgeBaseLoader.Create);
        services.AddHostedService<KnowledgeBaseLoader>();
        services.AddSingleton<KnowledgeWriteLock>();
        services.AddSingleton<KnowledgeEntryService>();
        services.AddSingleton<PendingQuestionService>();
        services.AddSingleton<KnowledgeFeedbackService>();
    }

    /// <summary>The durable outbox every proactive send goes through (issue 6), and its background workers.</summary>
    private static void AddDeliveryOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DeliveryOptions>(configuration.GetSection(DeliveryOptions.SectionName));
        services.AddSingleton<DeliverySignal>();
        services.AddSingleton<IDeliveryOutbox, DeliveryOutbox>();
        services.AddSingleton<IDeliveryDispatcher, DeliveryDispatcher>();
        services.AddHostedService<DeliveryWorker>();
    }

    /// <summary>党费 (issue 19): 交纳基数, payments and receipts, the monthly status and the yearly ledger.</summary>
    private static void AddDues(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DuesOptions>(configuration.GetSection(DuesOptions.SectionName));
        services.AddSingleton<DuesWriteLock>();
        services.AddSingleton<DuesService>();
        services.AddSingleton<DuesReports>();
    }

    /// <summary>Members' private calendar feed links (我的日历).</summary>
    private static void AddCalendarLinks(this IServiceCollection services) => services.AddSingleton<CalendarLinkService>();

    /// <summary>The LiteDB connection string, defaulting to data/branchbot.db under the content root.</summary>
    public static string BranchBotConnectionString(this IConfiguration configuration) =>
        configuration.GetConnectionString("BranchBot") is { Length: > 0 } configured ? configured : "Filename=data/branchbot.db;Connection=shared";

    /// <summary>Secretary broadcasts (issue 6), sent through the delivery outbox.</summary>
    private static void AddBroadcasts(this IServiceCollection services)
    {
        services.AddSingleton<BroadcastWriteLock>();
        services.AddSingleton<BroadcastAudienceResolver>();
        services.AddSingleton<BroadcastStatusReader>();
        services.AddSingleton<BroadcastService>();
        services.AddSingleton<ReceivedBroadcasts>();
        services.AddHostedService<BroadcastQueueResumer>();
        services.AddSingleton<BroadcastPlanWriteLock>();
        services.AddSingleton<BroadcastPlanService>();
    }
}
