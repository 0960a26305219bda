using System.Text.Encodings.Web;
using System.Text.Unicode;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.WebConsole.Access;
using BranchBot.WebConsole.Chat;
using BranchBot.WebConsole.Export;
using Microsoft.AspNetCore.Antiforgery;

namespace BranchBot.WebConsole;

public static class WebConsoleServiceCollectionExtensions
{
    /// <summary>
    /// The secretary console (issue 7): login links, sessions, its chat commands, and its pages as Razor components
    /// rendered on the server (no interactive render mode), with the framework's antiforgery bound to the session.
    /// </summary>
    public static IServiceCollection AddWebConsole(this IServiceCollection services)
    {
        services.AddSingleton<ConsoleKeyRing>();
        services.AddSingleton<ConsoleLoginLinks>();
        services.AddSingleton<ConsoleSession>();
        services.AddSingleton<ConsoleGate>();
        services.AddSingleton<ConsoleAudit>();
        services.AddSingleton<YearMeetings>();
        services.AddSingleton<LedgerWorkbook>();
        services.AddSingleton<IChatCommand, ConsoleCommand>();
        services.AddSingleton<IChatCommand, ExportLedgerCommand>();
        services.AddSingleton<IChatCommand, SignOutConsoleCommand>();
        // Encoded by default, but Chinese stays readable in the page source (the renderer takes this encoder).
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddRazorComponents();
        services.AddAntiforgery(ConsoleAntiforgery.Configure);
        services.AddSingleton<IAntiforgeryAdditionalDataProvider, ConsoleAntiforgery>();
        return services;
    }
}
