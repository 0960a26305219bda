using BranchBot.BotFramework.DirectLine;
using BranchBot.BotFramework.Endpoints;
using BranchBot.BotFramework.DingTalk;
using BranchBot.BotFramework.WeCom;
using BranchBot.Calendar;
using BranchBot.ChatPage;
using BranchBot.Cli;
using BranchBot.Health;
using BranchBot.Hosting;
using BranchBot.Organisation;
using BranchBot.Security;
using BranchBot.Storage.LiteDb.Security;
using BranchBot.WebConsole;
using BranchBot.WebConsole.Access;

var builder = WebApplication.CreateBuilder(RootConfiguration.Options(args));
var cli = CliVerbs.IsCliInvocation(args);
if (cli)
{
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
}

// Services: domain, storage, content and signing keys, protocol, conversations, console, scheduler and first run,
// listed in Hosting/BranchBotComposition.cs (the conversation tests build the same list).
builder.Services.AddBranchBot(builder.Configuration, builder.Environment);

// The console's pages: Razor components rendered on the server, and the framework's antiforgery for their forms.
builder.Services.AddWebConsoleRendering();

var app = builder.Build();

// The database: a damaged or vanished file stops the start (never a silent new branch); one server per file.
if (!DatabaseStartup.TryOpen(app, asServer: !cli, out var serverLock))
{
    await app.DisposeAsync(); // flushes the log line saying why
    return 1;
}

// Keys and settings are checked before anything starts: an unsafe or damaged key file, or an unreadable setting,
// stops the bot with one clear Critical line (with the fix) rather than a stack trace.
if (!ContentProtectionStartupCheck.TryLoadKey(app.Services, app.Configuration))
{
    serverLock?.Dispose();
    await app.DisposeAsync();
    return 1;
}

// Released when the host stops, not when Main returns: a host stopped by its owner (tests) may outlive Main's end.
app.Lifetime.ApplicationStopped.Register(() => serverLock?.Dispose());

if (cli)
{
    return await CliVerbs.RunAsync(app.Services, args, Console.Out, Console.Error);
}

// Behind a reverse proxy: X-Forwarded-Proto/For are believed from loopback and BranchBot:KnownProxies only.
app.UseKnownProxyForwardedHeaders();

// An unexpected failure answers 500 with a Chinese message and a trace id; the stack trace stays in the log.
app.UseUnhandledErrorResponses();

// A client that disconnects mid-body is logged as one Debug line, not as an error with a stack trace.
app.UseClientAbortedRequests();

// The console's forms carry the framework's antiforgery token (checked by the console's gate, see WebConsole/Access).
app.UseAntiforgery();

// A console request runs with the services of its branch: the viewer's own, or one a 党委 role holder chose.
app.UseConsoleBranches();

app.MapHealth();
app.MapBotFrameworkMessages();
app.MapDirectLine();
app.MapWeCom();
app.MapDingTalk();
app.MapChatPage();
app.MapCalendarFeed();
app.MapWebConsole();

// Each branch's own settings (Branches:{branch} over the organisation's) are read now: one that cannot be used stops
// the start with one clear line instead of failing that branch's first message.
if (!BranchSettingsStartupCheck.TryCheck(app.Services, app.Configuration))
{
    serverLock?.Dispose();
    await app.DisposeAsync();
    return 1;
}

// Invite codes and calendar tokens stored in plain text by older versions are replaced by their hashes.
// (LiteDB only: a PostgreSQL database never held them.)
app.Services.GetService<PlainCodeMigration>()?.Run();

await app.RunAsync();
return 0;

/// <summary>Entry point; partial so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
