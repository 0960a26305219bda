using BranchBot.Dialogs.Bot.Commands;
using BranchBot.WebConsole.Access;
using BranchBot.WebConsole.Chat;
using BranchBot.WebConsole.Export;
using BranchBot.WebConsole.Html;
using BranchBot.WebConsole.Pages;
using BranchBot.WebConsole.Pages.Broadcasts;
using BranchBot.WebConsole.Pages.Knowledge;
using BranchBot.WebConsole.Pages.Overview;

namespace BranchBot.WebConsole;

public static class WebConsoleServiceCollectionExtensions
{
    /// <summary>
    /// The secretary console (issue 7): login links, sessions, its chat commands and pages. A page is one
    /// <see cref="IConsolePage"/> singleton; a block of 总览 is one <see cref="IOverviewSection"/> singleton.
    /// </summary>
    public static IServiceCollection AddWebConsole(this IServiceCollection services)
    {
        services.AddSingleton<ConsoleKeyRing>();
        services.AddSingleton<ConsoleLoginLinks>();
        services.AddSingleton<ConsoleSession>();
        services.AddSingleton<ConsoleGate>();
        services.AddSingleton<ConsoleAudit>();
        services.AddSingleton<ConsoleLayout>();
        services.AddSingleton<YearMeetings>();
        services.AddSingleton<LedgerWorkbook>();
        services.AddSingleton<IChatCommand, ConsoleCommand>();
        services.AddSingleton<IChatCommand, ExportLedgerCommand>();
        services.AddSingleton<IChatCommand, SignOutConsoleCommand>();
        services.AddConsolePages();
        return services;
    }

    private static void AddConsolePages(this IServiceCollection services)
    {
        services.AddSingleton<IConsolePage, OverviewPage>();
        services.AddSingleton<IOverviewSection, ComplianceSection>();
        services.AddSingleton<IOverviewSection, UpcomingMeetingsSection>();
        services.AddSingleton<IOverviewSection, FollowUpSection>();
        services.AddSingleton<IConsolePage, MeetingsPage>();
        services.AddSingleton<IConsolePage, LedgerPage>();
        services.AddSingleton<IConsolePage, TalksPage>();
        services.AddSingleton<IConsolePage, MembersPage>();
        services.AddSingleton<IConsolePage, AuditPage>();
        services.AddKnowledgeConsole();
        services.AddBroadcastConsole();
    }

    private static void AddKnowledgeConsole(this IServiceCollection services)
    {
        services.AddSingleton<IConsolePage, KnowledgePage>();
        services.AddSingleton<IOverviewSection, PendingQuestionsSection>();
    }

    private static void AddBroadcastConsole(this IServiceCollection services)
    {
        services.AddSingleton<IConsolePage, BroadcastsPage>();
        services.AddSingleton<IOverviewSection, LatestBroadcastSection>();
    }
}
