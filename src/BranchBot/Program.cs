using BranchBot.BotFramework.DirectLine;
using BranchBot.BotFramework.Endpoints;
using BranchBot.BotFramework.Hosting;
using BranchBot.Calendar;
using BranchBot.ChatPage;
using BranchBot.Cli;
using BranchBot.Dialogs;
using BranchBot.Health;
using BranchBot.Hosting;
using BranchBot.Scheduling;
using BranchBot.Security;
using BranchBot.Setup;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Security;
using BranchBot.WebConsole;

var builder = WebApplication.CreateBuilder(RootConfiguration.Options(args));
var cli = CliVerbs.IsCliInvocation(args);
if (cli)
{
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
}

// Domain: the branch, its members and the clock they live by.
builder.Services.AddBranchBotDomain(builder.Configuration);

// Storage: embedded LiteDB (data/branchbot.db by default).
builder.Services.AddLiteDbStorage(builder.Configuration.BranchBotConnectionString(), builder.Environment.ContentRootPath);

// Privacy: 谈心 content is encrypted field by field (key from Security:DataKey or data/branchbot.key).
builder.Services.AddContentProtection(builder.Configuration, builder.Environment);

// Signing keys (console, chat page, invite and calendar hashes): data/branchbot.signing.key, never the database.
builder.Services.AddSigningKeys(builder.Configuration, builder.Environment);

// Protocol: Bot Framework activities in (/api/messages) and out (connector client), and the built-in Direct Line.
builder.Services.AddBotFrameworkProtocol(builder.Configuration);
builder.Services.AddDirectLine(builder.Configuration);
builder.Services.AddChatPage();

// Conversations: the bot, its commands and dialogs.
builder.Services.AddBranchBotDialogs();
builder.Services.AddCalendarFeed();

// Secretary web console under /console (one-time links from the 控制台 chat command).
builder.Services.AddWebConsole();

// Scheduler: Quartz reminders, check-in windows, after-meeting notices and daily duties, rebuilt from the database.
builder.Services.AddMeetingScheduler(builder.Configuration);

// First run: announce the setup code while the branch is unclaimed.
builder.Services.AddHostedService<SetupCodeAnnouncer>();

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

app.MapHealth();
app.MapBotFrameworkMessages();
app.MapDirectLine();
app.MapChatPage();
app.MapCalendarFeed();
app.MapWebConsole();

// Invite codes and calendar tokens stored in plain text by older versions are replaced by their hashes.
app.Services.GetRequiredService<PlainCodeMigration>().Run();

await app.RunAsync();
return 0;

/// <summary>Entry point; partial so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
