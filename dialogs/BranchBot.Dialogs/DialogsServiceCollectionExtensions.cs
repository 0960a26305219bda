using BranchBot.BotFramework.Turns;
using BranchBot.Core.Broadcasts;
using BranchBot.Core.Delivery;
using BranchBot.Core.Knowledge.Questions;
using BranchBot.Core.Membership;
using BranchBot.Core.Notifications;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Broadcasts;
using BranchBot.Dialogs.Dues;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Prompts;
using BranchBot.Dialogs.Intents;
using BranchBot.Dialogs.Intents.Examples;
using BranchBot.Dialogs.Intents.Rules;
using BranchBot.Dialogs.Intents.Rules.Phrased;
using BranchBot.Dialogs.Intents.Rules.Overviews;
using BranchBot.Dialogs.Knowledge;
using BranchBot.Dialogs.Meetings;
using BranchBot.Dialogs.Meetings.Calendar;
using BranchBot.Dialogs.Meetings.Recording;
using BranchBot.Dialogs.Membership;
using BranchBot.Dialogs.Organisation;
using BranchBot.Dialogs.PartyDevelopment;
using BranchBot.Dialogs.Talks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BranchBot.Dialogs;

public static class DialogsServiceCollectionExtensions
{
    /// <summary>Registers the bot: its dialogs, prompts and chat commands, and the per-turn services they use.</summary>
    public static IServiceCollection AddBranchBotDialogs(this IServiceCollection services)
    {
        services.AddSingleton<Dialog>(new TextPrompt(PromptIds.Text));
        services.AddSingleton<Dialog>(new ChoicePrompt(PromptIds.Choice));
        services.AddSingleton<Dialog>(new ConfirmPrompt(PromptIds.Confirm));
        services.AddSingleton<Dialog>(new NumberPrompt(PromptIds.Number));
        services.AddSingleton<Dialog>(provider => new DateTimePrompt(PromptIds.DateTime, provider.GetRequiredService<BranchClock>()));
        services.AddSingleton<Dialog, CommandArgumentDialog>();
        services.AddSingleton<DialogSet>();

        services.AddMembershipConversations();
        services.AddMeetingConversations();
        services.AddRecordedMeetingConversations();
        services.AddCalendarConversations();
        services.AddTalkConversations();
        services.AddKnowledgeConversations();
        services.AddBroadcastConversations();
        services.AddDuesConversations();
        services.AddPartyDevelopmentConversations();

        services.AddIntents();
        services.AddSingleton<CommandCatalog>();
        services.AddSingleton<HelpResponder>();
        services.AddSingleton<SenderResolver>();
        services.AddSingleton<ConversationStateCache>();
        services.AddSingleton<ChatAddressTracker>();
        services.AddSingleton<ChoiceQuestionStepAside>();
        services.AddSingleton<BranchBotBot>();
        services.AddSingleton<IBot, BranchTurnRouter>();
        return services;
    }

    private static IServiceCollection AddMembershipConversations(this IServiceCollection services)
    {
        services.AddSingleton<IChatCommand, ContinueFillingCommand>();
        services.AddSingleton<IChatCommand, InitializeCommand>();
        services.AddSingleton<IChatCommand, JoinCommand>();
        services.AddSingleton<IChatCommand, RecoverSecretaryCommand>();
        services.AddSingleton<IChatCommand, MyInfoCommand>();
        services.AddSingleton<IChatCommand, RosterCommand>();
        services.AddSingleton<IChatCommand, AddMemberCommand>();
        services.AddSingleton<IChatCommand, RenewInviteCommand>();
        services.AddSingleton<IChatCommand, RemoveMemberCommand>();
        services.AddSingleton<IChatCommand, SetRoleCommand>();
        services.AddSingleton<IChatCommand, SetGroupCommand>();
        services.AddSingleton<Dialog, InitializeDialog>();
        services.AddSingleton<Dialog>(InitializeDialog.OwnNamePrompt());
        services.AddSingleton<Dialog, RemoveMemberDialog>();
        services.AddSingleton<IRoleChangeNotices, RoleChangeTexts>();
        return services;
    }

    private static IServiceCollection AddMeetingConversations(this IServiceCollection services)
    {
        services.AddSingleton<MeetingPresenter>();
        services.AddSingleton<MeetingAnnouncer>();
        services.AddSingleton<RecentMeetingPicker>();
        services.AddSingleton<PendingLeaveList>();
        services.AddSingleton<LeaveAheadView>();
        services.AddSingleton<UpcomingMeetingChooser>();
        services.AddSingleton<IChatCommand, ArrangeCommand>();
        services.AddSingleton<IChatCommand, UpcomingCommand>();
        services.AddSingleton<IChatCommand, PastMeetingsCommand>();
        services.AddSingleton<IChatCommand, ApproveLeaveCommand>();
        services.AddSingleton<IChatCommand, AttendanceSummaryCommand>();
        services.AddSingleton<IChatCommand, LedgerCommand>();
        services.AddSingleton<IChatCommand, OrganisationOverviewCommand>();
        services.AddSingleton<IChatCommand, NewBranchCommand>();
        services.AddSingleton<IChatCommand, TransferCommand>();
        services.AddSingleton<Dialog, TransferDialog>();
        services.AddSingleton<IChatCommand, OrganisationBroadcastCommand>();
        services.AddSingleton<IChatCommand, OrganisationBroadcastListCommand>();
        services.AddSingleton<Dialog, OrganisationBroadcastDialog>();
        services.AddSingleton<IChatCommand, BranchKnowledgeListCommand>();
        services.AddSingleton<IChatCommand, AdoptKnowledgeCommand>();
        services.AddSingleton<IChatCommand, WithdrawAdoptionCommand>();
        services.AddSingleton<IChatCommand, AllLedgersCommand>();
        services.AddSingleton<IChatCommand, AllPendingQuestionsCommand>();
        services.AddSingleton<IChatCommand, MinutesCommand>();
        services.AddSingleton<IChatCommand, PlansCommand>();
        services.AddSingleton<IChatCommand, StopPlanCommand>();
        services.AddMeetingChoiceCommand<CheckInCommand>();
        services.AddMeetingChoiceCommand<LeaveCommand>();
        services.AddMeetingChoiceCommand<WithdrawLeaveCommand>();
        services.AddMeetingChoiceCommand<LateNoticeCommand>();
        services.AddMeetingChoiceCommand<CancelMeetingCommand>();
        services.AddMeetingChoiceCommand<EditMeetingCommand>();
        services.AddSingleton<IFreeTextHandler, GreetingHandler>();
        services.AddSingleton<IFreeTextHandler, ThanksHandler>();
        services.AddSingleton<NoticeAcknowledgementHandler>();
        services.AddSingleton<IFreeTextHandler>(sp => sp.GetRequiredService<NoticeAcknowledgementHandler>());
        services.AddSingleton<IFreeTextHandler, SpentButtonHandler>();
        services.AddSingleton<IFreeTextHandler, LeaveDecisionWordsHandler>();
        services.AddSingleton<AcknowledgementWordsHandler>();
        services.AddSingleton<IFreeTextHandler>(sp => sp.GetRequiredService<AcknowledgementWordsHandler>());
        services.AddSingleton<IDialogInterjection>(sp => sp.GetRequiredService<AcknowledgementWordsHandler>());
        services.AddSingleton<IFreeTextHandler, PlanFreeTextHandler>();
        services.AddSingleton<IFreeTextHandler, CancelledMeetingInFocusHandler>();
        services.AddSingleton<IFreeTextHandler, BroadcastReplyOfferHandler>();
        services.AddSingleton<Dialog, ArrangeMeetingDialog>();
        services.AddSingleton<Dialog, PlanDialog>();
        services.AddSingleton<Dialog, ChooseMeetingDialog>();
        services.AddSingleton<Dialog, CancelMeetingDialog>();
        services.AddSingleton<Dialog, EditMeetingDialog>();
        return services;
    }

    /// <summary>补录: entering a meeting already held (e.g. on paper before the bot was used) for a complete 台账.</summary>
    private static IServiceCollection AddRecordedMeetingConversations(this IServiceCollection services)
    {
        services.AddSingleton<IChatCommand, RecordCommand>();
        services.AddSingleton<Dialog, RecordMeetingDialog>();
        return services;
    }

    /// <summary>A command that also continues after the user picks a meeting: one instance serves both roles.</summary>
    private static void AddMeetingChoiceCommand<TCommand>(this IServiceCollection services)
        where TCommand : class, IChatCommand, IMeetingChoiceHandler
    {
        services.AddSingleton<TCommand>();
        services.AddSingleton<IChatCommand>(provider => provider.GetRequiredService<TCommand>());
        services.AddSingleton<IMeetingChoiceHandler>(provider => provider.GetRequiredService<TCommand>());
    }

    /// <summary>Free sentences read as commands (issue 13), after the greetings and before the knowledge base.</summary>
    private static IServiceCollection AddIntents(this IServiceCollection services)
    {
        services.AddSingleton<IIntentRule, CheckInIntent>();
        services.AddSingleton<IIntentRule, LateIntent>();
        services.AddSingleton<IIntentRule, LeaveIntent>();
        services.AddSingleton<IIntentRule, DecideLeaveIntent>();
        services.AddSingleton<IIntentRule, ChaseIntent>();
        services.AddSingleton<IIntentRule, EditMeetingIntent>();
        services.AddSingleton<IIntentRule, ShiftMeetingIntent>();
        services.AddSingleton<IIntentRule, CorrectMeetingIntent>();
        services.AddSingleton<IIntentRule, SetRoleIntent>();
        services.AddSingleton<IIntentRule, AddMemberIntent>();
        services.AddSingleton<IIntentRule, UpcomingIntent>();
        services.AddSingleton<IIntentRule, AttendanceSummaryIntent>();
        services.AddSingleton<IIntentRule, TalkRequestIntent>();
        services.AddSingleton<IIntentRule, TalkRequestsAskedIntent>();
        services.AddSingleton<IIntentRule, TellSecretaryIntent>();
        services.AddSingleton<IIntentRule, HardshipIntent>();
        services.AddSingleton<IIntentRule, FeedbackIntent>();
        services.AddSingleton<IIntentRule, CancelMeetingIntent>();
        services.AddSingleton<IIntentRule, MyInfoIntent>();
        services.AddSingleton<IIntentRule, HelpIntent>();
        services.AddSingleton<IIntentRule, RosterIntent>();
        services.AddSingleton<IIntentRule, ArrangeIntent>();
        services.AddSingleton<IIntentRule, BroadcastIntent>();
        services.AddSingleton<IIntentRule, LedgerIntent>();
        services.AddSingleton<IIntentRule, OrganisationOverviewIntent>();
        services.AddSingleton<IIntentRule, AllLedgersIntent>();
        services.AddSingleton<IIntentRule, AllPendingQuestionsIntent>();
        services.AddSingleton<IIntentRule, PendingQuestionsIntent>();
        services.AddSingleton<IIntentRule, RemoveMemberIntent>();
        services.AddSingleton<IIntentRule, TransferIntent>();
        services.AddSingleton<IIntentRule, SetGroupIntent>();
        services.AddSingleton<IIntentRule, InviteIntent>();
        services.AddSingleton<IIntentRule, TalkPlanIntent>();
        services.AddSingleton<IIntentRule, TalkCoverageIntent>();
        services.AddSingleton<IIntentRule, RecordTalkIntent>();
        services.AddSingleton<IIntentRule, SuggestionIntent>();
        services.AddSingleton<IIntentRule, SuggestionWishIntent>();
        services.AddSingleton<IIntentRule, BroadcastLogIntent>();
        services.AddSingleton<IIntentRule, MyNoticesIntent>();
        services.AddSingleton<IIntentRule, RecordMeetingIntent>();
        services.AddSingleton<IIntentRule, MinutesIntent>();
        services.AddSingleton<IIntentRule, PastMeetingsIntent>();
        services.AddSingleton<IIntentRule, CalendarIntent>();
        services.AddSingleton<IIntentRule, ConsoleIntent>();
        services.AddSingleton<IIntentRule, BroadcastDetailIntent>();
        services.AddSingleton<IIntentRule, WithdrawIntent>();
        services.AddSingleton<IIntentRule, WithdrawLeaveIntent>();
        services.AddSingleton<IIntentRule, CanComeAfterAllIntent>();
        services.AddSingleton<IIntentRule, ResendIntent>();
        services.AddSingleton<IIntentRule, BroadcastPlansIntent>();
        services.AddSingleton<IIntentRule, StopBroadcastPlanIntent>();
        services.AddSingleton<IIntentRule, MeetingPlansIntent>();
        services.AddSingleton<IIntentRule, StopMeetingPlanIntent>();
        services.AddSingleton<IIntentRule, DevelopmentFileIntent>();
        services.AddSingleton<IIntentRule, DevelopmentLedgerIntent>();
        services.AddSingleton<IIntentRule, MembershipApplicationIntent>();
        services.AddSingleton<IIntentRule, DevelopmentStepIntent>();
        services.AddSingleton<IIntentRule, OwnDevelopmentIntent>();
        services.AddSingleton<IIntentRule, FollowUpTasksIntent>();
        services.AddSingleton<IIntentRule, CompleteFollowUpIntent>();
        services.AddSingleton<IIntentRule, TalkRecordsIntent>();
        services.AddSingleton<IIntentRule, SuggestionListIntent>();
        services.AddSingleton<IIntentRule, ContinueFillingIntent>();
        services.AddSingleton<IIntentRule, ResetCalendarLinkIntent>();
        services.AddSingleton<IIntentRule, AnswerFeedbackIntent>();
        services.AddSingleton<IIntentRule, AddAnswerIntent>();
        services.AddSingleton<IIntentRule, EditAnswerIntent>();
        services.AddSingleton<IIntentRule, DeleteAnswerIntent>();
        services.AddSingleton<IIntentRule, AnswerQuestionIntent>();
        services.AddSingleton<IIntentRule, DuesLedgerIntent>();
        services.AddSingleton<IIntentRule, ConfirmDuesIntent>();
        // Overviews asked in plain words, after the rules that know each command's own phrasings.
        services.AddSingleton<IIntentRule, PastMeetingsInWordsIntent>();
        services.AddSingleton<IIntentRule, LedgerInWordsIntent>();
        services.AddSingleton<IIntentRule, UpcomingInWordsIntent>();
        services.AddSingleton<IIntentRule, RosterInWordsIntent>();
        services.AddSingleton<IIntentRule, DevelopmentLedgerInWordsIntent>();
        services.AddSingleton<IIntentRule, MyNoticesInWordsIntent>();
        services.AddSingleton<IIntentRule, TalkCoverageInWordsIntent>();
        services.AddSingleton<IIntentRule, MyDevelopmentInWordsIntent>();
        services.AddSingleton<IIntentRule, MyInfoInWordsIntent>();
        services.AddSingleton<IIntentRule, SuggestionsInWordsIntent>();
        services.AddSingleton<IIntentRule, MyDuesInWordsIntent>();
        services.AddSingleton<IIntentRule, DuesStatusInWordsIntent>();
        services.AddSingleton<IIntentRule, VagueIntent>();
        services.AddSingleton<IIntentRule, MentionedCommandIntent>();
        services.AddSingleton(_ => IntentExampleBank.Load());
        services.AddSingleton<IntentRecognizer>();
        services.AddSingleton<IntentInputReader>();
        services.AddSingleton<IntentFreeTextHandler>();
        services.AddSingleton<IFreeTextHandler>(provider => provider.GetRequiredService<IntentFreeTextHandler>());
        services.AddSingleton<IFreeTextHandler, IntentOfferAnswerHandler>();
        return services;
    }

    private static IServiceCollection AddTalkConversations(this IServiceCollection services)
    {
        services.AddSingleton<IChatCommand, TalkRequestCommand>();
        services.AddSingleton<IChatCommand, TalkRequestsCommand>();
        services.AddSingleton<CommandInterruption>();
        services.AddSingleton<TalkNotifier>();
        services.AddSingleton<TalkRecorder>();
        services.AddSingleton<IChatCommand, FeedbackCommand>();
        services.AddSingleton<IChatCommand, SuggestionCommand>();
        services.AddSingleton<IChatCommand, SuggestionListCommand>();
        services.AddSingleton<IChatCommand, RecordTalkCommand>();
        services.AddSingleton<IChatCommand, CoverageCommand>();
        services.AddSingleton<IChatCommand, TalkPlanCommand>();
        services.AddSingleton<IChatCommand, TalkRecordsCommand>();
        services.AddSingleton<IChatCommand, FollowUpsCommand>();
        services.AddSingleton<IChatCommand, CompleteFollowUpCommand>();
        services.AddSingleton<IChatCommand, AuditLogCommand>();
        services.AddSingleton<TalkSideQuestions>();
        services.AddSingleton<Dialog, FeedbackDialog>();
        services.AddSingleton<Dialog, RecordTalkDialog>();
        services.AddSingleton<Dialog, TalkPlanDialog>();
        return services;
    }

    /// <summary>Rules questions (issue 5): free text and 问 answered from the knowledge base, which the host registers.</summary>
    private static IServiceCollection AddKnowledgeConversations(this IServiceCollection services)
    {
        services.AddSingleton<KnowledgeResponder>();
        services.AddSingleton<IKnowledgeNotices, KnowledgeNotices>();
        services.AddSingleton<IChatCommand, AskCommand>();
        services.AddSingleton<IFreeTextHandler, KnowledgeAnswerHandler>();
        services.AddSingleton<IFreeTextHandler, AnswerFollowUpHandler>();
        services.AddKnowledgeSecretaryConversations();
        return services;
    }

    /// <summary>
    /// The secretary's side of the knowledge base: 有用/没用, 转交书记 and 待答问题, editing entries, 问答反馈.
    /// </summary>
    private static IServiceCollection AddKnowledgeSecretaryConversations(this IServiceCollection services)
    {
        services.AddSingleton<IChatCommand, HelpfulCommand>();
        services.AddSingleton<IChatCommand, NotHelpfulCommand>();
        services.AddSingleton<IChatCommand, ForwardQuestionCommand>();
        services.AddSingleton<IChatCommand, PendingQuestionsCommand>();
        services.AddSingleton<IChatCommand, AnswerQuestionCommand>();
        services.AddSingleton<IChatCommand, SaveAnsweredQuestionCommand>();
        services.AddSingleton<IChatCommand, AddKnowledgeEntryCommand>();
        services.AddSingleton<IChatCommand, EditKnowledgeEntryCommand>();
        services.AddSingleton<IChatCommand, DeleteKnowledgeEntryCommand>();
        services.AddSingleton<IChatCommand, KnowledgeFeedbackReportCommand>();
        services.AddSingleton<Dialog, KnowledgeEntryDialog>();
        return services;
    }

    /// <summary>党费 (issue 19): bases, payments reported and collected, confirmation with receipts, status and ledger.</summary>
    private static IServiceCollection AddDuesConversations(this IServiceCollection services)
    {
        services.AddSingleton<DuesReceipts>();
        services.AddSingleton<IChatCommand, DuesBaseCommand>();
        services.AddSingleton<IChatCommand, CollectDuesCommand>();
        services.AddSingleton<IChatCommand, ConfirmDuesCommand>();
        services.AddSingleton<IChatCommand, DuesStatusCommand>();
        services.AddSingleton<IChatCommand, DuesLedgerCommand>();
        services.AddSingleton<IChatCommand, PayDuesCommand>();
        services.AddSingleton<IChatCommand, MyDuesCommand>();
        services.AddSingleton<Dialog, CollectDuesDialog>();
        services.AddSingleton<Dialog, PayDuesDialog>();
        services.AddSingleton<IIntentRule, DuesIntent>();
        return services;
    }

    private static IServiceCollection AddCalendarConversations(this IServiceCollection services)
    {
        services.AddSingleton<IChatCommand, MyCalendarCommand>();
        services.AddSingleton<IChatCommand, ResetCalendarLinkCommand>();
        return services;
    }

    /// <summary>Secretary broadcasts (issue 6): compose, list, detail, 催收, 撤回, and the members' 收到 and 回复.</summary>
    private static IServiceCollection AddBroadcastConversations(this IServiceCollection services)
    {
        services.AddSingleton<IBroadcastNotices, BroadcastMessages>();
        services.AddSingleton<BroadcastPicker>();
        services.AddSingleton<IChatCommand, BroadcastCommand>();
        services.AddSingleton<IChatCommand, BroadcastListCommand>();
        services.AddSingleton<IChatCommand, MyNotificationsCommand>();
        services.AddSingleton<IChatCommand, BroadcastDetailCommand>();
        services.AddSingleton<IChatCommand, RemindBroadcastCommand>();
        services.AddSingleton<IChatCommand, ResendBroadcastCommand>();
        services.AddSingleton<IChatCommand, WithdrawBroadcastCommand>();
        services.AddSingleton<IChatCommand, BroadcastPlansCommand>();
        services.AddSingleton<IChatCommand, StopBroadcastPlanCommand>();
        services.AddSingleton<IChatCommand, AcknowledgeCommand>();
        services.AddSingleton<IChatCommand, ReplyCommand>();
        services.AddSingleton<IChatCommand, AnswerReplyCommand>();
        services.AddSingleton<Dialog, BroadcastDialog>();
        return services;
    }
}
