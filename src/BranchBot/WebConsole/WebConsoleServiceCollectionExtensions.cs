using System.Text.Encodings.Web;
using System.Text.Unicode;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.WebConsole.Access;
using BranchBot.WebConsole.Chat;
using BranchBot.WebConsole.Export;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.DataProtection;

namespace BranchBot.WebConsole;

public static class WebConsoleServiceCollectionExtensions
{
    /// <summary>
    /// The secretary console (issue 7): login links, sessions and its chat commands; its pages need
    /// <see cref="AddWebConsoleRendering"/> as well.
    /// </summary>
    public static IServiceCollection AddWebConsole(this IServiceCollection services)
    {
        services.AddSingleton<ConsoleKeyRing>();
        services.AddSingleton<ConsoleLoginLinks>();
        services.AddSingleton<ConsoleSession>();
        services.AddSingleton<ConsoleGate>();
        services.AddSingleton<ConsoleMembers>();
        services.AddSingleton<ConsoleAudit>();
        services.AddSingleton<Wording.MeetingProblems>();
        services.AddSingleton<YearMeetings>();
        services.AddSingleton<ConsoleYearWarmUp>();
        services.AddSingleton<LedgerWorkbook>();
        services.AddSingleton<DuesWorkbook>();
        services.AddSingleton<IChatCommand, ConsoleCommand>();
        services.AddSingleton<IChatCommand, ExportLedgerCommand>();
        services.AddSingleton<IChatCommand, SignOutConsoleCommand>();
        return services;
    }

    /// <summary>
    /// The console's rendering, for the web host only (Program.cs): Razor components rendered on the server (no
    /// interactive render mode) and the framework's antiforgery, its tokens bound to the console session.
    /// </summary>
    public static IServiceCollection AddWebConsoleRendering(this IServiceCollection services)
    {
        // Encoded by default, but Chinese stays readable in the page source (the renderer takes this encoder).
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddRazorComponents();
        // Antiforgery tokens are protected with keys held in memory only: nothing lands unencrypted in the home folder,
        // and after a restart an open form is refused as expired (刷新后再提交), which is all it costs.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddAntiforgery(ConsoleAntiforgery.Configure);
        services.AddSingleton<IAntiforgeryAdditionalDataProvider, ConsoleAntiforgery>();
        return services;
    }
}
