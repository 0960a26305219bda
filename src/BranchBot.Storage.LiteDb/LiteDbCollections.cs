namespace BranchBot.Storage.LiteDb;

/// <summary>
/// Every collection of the database. <see cref="LiteDbContext"/> creates them all when it opens the database, before
/// anything runs concurrently: LiteDB 5 can fail when two transactions create collections at the same moment, or when
/// one reads a collection another is creating (litedb-org/LiteDB#2891 and #2792), and on a fresh database the first
/// requests and the background workers would otherwise do exactly that.
/// </summary>
public static class LiteDbCollections
{
    public const string Attendance = "attendance";

    /// <summary>The one branch of a database from before organisations; read once by OrganisationStep, then left as it was.</summary>
    public const string Branch = "branch";

    public const string BroadcastAcknowledgements = "broadcast_acknowledgements";

    public const string BroadcastPlans = "broadcast_plans";

    public const string BroadcastReplies = "broadcast_replies";

    public const string Broadcasts = "broadcasts";

    public const string CalendarTokens = "calendar_tokens";

    public const string ChatAddresses = "chat_addresses";

    /// <summary>The chat page's Direct Line transcripts (written by the host's LiteDbChatTranscriptStore).</summary>
    public const string ChatTranscripts = "chat_transcripts";

    public const string ConsoleAudit = "console_audit";

    public const string ConsoleSignOuts = "console_sign_outs";

    public const string ConsoleUsedLogins = "console_used_logins";

    public const string ConversationState = "conversation_state";

    public const string DeliveryItems = "delivery_items";

    public const string DuesBases = "dues_bases";

    public const string DuesPayments = "dues_payments";

    /// <summary>党费: the last receipt number reserved, per branch and year.</summary>
    public const string DuesReceiptNumbers = "dues_receipt_numbers";

    public const string Feedback = "feedback";

    public const string FeedbackDrafts = "feedback_drafts";

    public const string FollowUps = "follow_ups";

    public const string Invites = "invites";

    public const string KnowledgeAnswerLog = "knowledge_answer_log";

    public const string KnowledgeEntries = "knowledge_entries";

    public const string KnowledgeFeedback = "knowledge_feedback";

    public const string MeetingPlans = "meeting_plans";

    public const string Meetings = "meetings";

    public const string Members = "members";

    /// <summary>The organisation tree: the root (党委), 党总支 and 党支部 (issue 16).</summary>
    public const string OrgUnits = "org_units";

    /// <summary>Roles held above the branches (党委书记, 组织委员, 党建专员 …).</summary>
    public const string OrgRoles = "org_roles";

    /// <summary>党委广播: one numbering for the organisation; each branch's part is a broadcast of that branch.</summary>
    public const string OrgBroadcasts = "org_broadcasts";

    /// <summary>发展党员: one file per person with its steps (issue 19).</summary>
    public const string PartyDevelopment = "party_development";

    public const string PartyGroups = "party_groups";

    public const string PendingQuestions = "pending_questions";

    public const string Secrets = "secrets";

    public const string SentMarkers = "sent_markers";

    /// <summary>One document /healthz rewrites to learn whether the disk takes writes again.</summary>
    public const string StorageProbe = "storage_probe";

    public const string Suggestions = "suggestions";

    public const string TalkAssignments = "talk_assignments";

    public const string TalkAudit = "talk_audit";

    public const string TalkRequests = "talk_requests";

    public const string Talks = "talks";

    /// <summary>企业微信 callbacks and card presses already handled (written by the host's LiteDbWeComReceiptLog).</summary>
    public const string WeComReceipts = "wecom_receipts";

    public static IReadOnlyList<string> All { get; } =
    [
        Attendance,
        Branch,
        BroadcastAcknowledgements,
        BroadcastPlans,
        BroadcastReplies,
        Broadcasts,
        CalendarTokens,
        ChatAddresses,
        ChatTranscripts,
        ConsoleAudit,
        ConsoleSignOuts,
        ConsoleUsedLogins,
        ConversationState,
        DeliveryItems,
        DuesBases,
        DuesPayments,
        DuesReceiptNumbers,
        Feedback,
        FeedbackDrafts,
        FollowUps,
        Invites,
        KnowledgeAnswerLog,
        KnowledgeEntries,
        KnowledgeFeedback,
        MeetingPlans,
        Meetings,
        Members,
        OrgBroadcasts,
        OrgRoles,
        OrgUnits,
        PartyDevelopment,
        PartyGroups,
        PendingQuestions,
        Secrets,
        SentMarkers,
        StorageProbe,
        Suggestions,
        TalkAssignments,
        TalkAudit,
        TalkRequests,
        Talks,
        WeComReceipts,
    ];
}
