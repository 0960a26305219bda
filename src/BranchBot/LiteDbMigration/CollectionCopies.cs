using BranchBot.Storage.LiteDb;
using BranchBot.Storage.Postgres;

namespace BranchBot.LiteDbMigration;

/// <summary>
/// How each LiteDB collection is copied into its PostgreSQL table. A collection listed in <see cref="LiteDbCollections"/>
/// but neither here nor in <see cref="NotData"/> cannot be copied yet: <see cref="LiteDbToPostgres"/> refuses a file
/// that holds documents in one, before it writes anything.
/// </summary>
internal static class CollectionCopies
{
    public delegate Task<CollectionCount> Copy(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken);

    /// <summary>
    /// Collections that hold nothing to move: the health probe rewrites its one document at will, and the one branch of
    /// a file from before organisations was turned into org_units by the LiteDB schema upgrade that ran first. The 党费
    /// receipt counters are not copied either: PostgreSQL counts on from the highest receipt of the payments copied.
    /// </summary>
    public static IReadOnlySet<string> NotData { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        LiteDbCollections.StorageProbe, LiteDbCollections.Branch, LiteDbCollections.DuesReceiptNumbers,
    };

    public static IReadOnlyDictionary<string, Copy> ByCollection { get; } = new Dictionary<string, Copy>(StringComparer.Ordinal)
    {
        [LiteDbCollections.OrgUnits] = OrganisationCopies.UnitsAsync,
        [LiteDbCollections.OrgRoles] = OrganisationCopies.RolesAsync,
        [LiteDbCollections.Members] = OrganisationCopies.MembersAsync,
        [LiteDbCollections.PartyGroups] = OrganisationCopies.GroupsAsync,
        [LiteDbCollections.Invites] = OrganisationCopies.InvitesAsync,
        [LiteDbCollections.ChatAddresses] = ConversationCopies.ChatAddressesAsync,
        [LiteDbCollections.ConversationState] = ConversationCopies.DialogStateAsync,
        [LiteDbCollections.Meetings] = MeetingCopies.MeetingsAsync,
        [LiteDbCollections.MeetingPlans] = MeetingCopies.PlansAsync,
        [LiteDbCollections.Attendance] = MeetingCopies.AttendanceAsync,
        [LiteDbCollections.Talks] = TalkCopies.TalksAsync,
        [LiteDbCollections.FeedbackDrafts] = TalkFeedbackCopies.DraftsAsync,
        [LiteDbCollections.Feedback] = TalkFeedbackCopies.FeedbackAsync,
        [LiteDbCollections.FollowUps] = TalkFeedbackCopies.FollowUpsAsync,
        [LiteDbCollections.Suggestions] = TalkFeedbackCopies.SuggestionsAsync,
        [LiteDbCollections.TalkAssignments] = TalkFeedbackCopies.AssignmentsAsync,
        [LiteDbCollections.TalkAudit] = TalkFeedbackCopies.AuditAsync,
        [LiteDbCollections.TalkRequests] = TalkFeedbackCopies.RequestsAsync,
        [LiteDbCollections.KnowledgeEntries] = KnowledgeCopies.EntriesAsync,
        [LiteDbCollections.PendingQuestions] = KnowledgeCopies.PendingQuestionsAsync,
        [LiteDbCollections.KnowledgeAnswerLog] = KnowledgeCopies.AnswerLogAsync,
        [LiteDbCollections.KnowledgeFeedback] = KnowledgeCopies.AnswerFeedbackAsync,
        [LiteDbCollections.ConsoleUsedLogins] = ConsoleCopies.UsedLoginsAsync,
        [LiteDbCollections.ConsoleSignOuts] = ConsoleCopies.SignOutsAsync,
        [LiteDbCollections.ConsoleAudit] = ConsoleCopies.AuditAsync,
        [LiteDbCollections.ChatTranscripts] = ConsoleCopies.ChatTranscriptsAsync,
        [LiteDbCollections.DuesBases] = DuesCopies.BasesAsync,
        [LiteDbCollections.DuesPayments] = DuesCopies.PaymentsAsync,
        [LiteDbCollections.PartyDevelopment] = DevelopmentCopies.FilesAsync,
        [LiteDbCollections.DeliveryItems] = DeliveryCopies.ItemsAsync,
        [LiteDbCollections.Broadcasts] = BroadcastCopies.BroadcastsAsync,
        [LiteDbCollections.BroadcastAcknowledgements] = BroadcastCopies.AcknowledgementsAsync,
        [LiteDbCollections.BroadcastReplies] = BroadcastCopies.RepliesAsync,
        [LiteDbCollections.BroadcastPlans] = BroadcastCopies.PlansAsync,
        [LiteDbCollections.OrgBroadcasts] = BroadcastCopies.OrganisationBroadcastsAsync,
        [LiteDbCollections.Secrets] = SimpleCopies.SecretsAsync,
        [LiteDbCollections.SentMarkers] = SimpleCopies.SentMarkersAsync,
        [LiteDbCollections.CalendarTokens] = SimpleCopies.CalendarTokensAsync,
        [LiteDbCollections.WeComReceipts] = SimpleCopies.WeComReceiptsAsync,
    };
}
