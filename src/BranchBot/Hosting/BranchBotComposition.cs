using BranchBot.BotFramework.DirectLine;
using BranchBot.BotFramework.Hosting;
using BranchBot.BotFramework.DingTalk;
using BranchBot.BotFramework.WeCom;
using BranchBot.Calendar;
using BranchBot.Channels;
using BranchBot.ChatPage;
using BranchBot.Dialogs;
using BranchBot.Organisation;
using BranchBot.Scheduling;
using BranchBot.Security;
using BranchBot.WeCom;
using BranchBot.Setup;
using BranchBot.Storage.LiteDb;
using BranchBot.WebConsole;

namespace BranchBot.Hosting;

/// <summary>
/// Every service of the server, in the order Program.cs reads them. The conversation tests build their container
/// from this same list (replacing only the clock, the channel and the keys), so a registration missing here fails them.
/// </summary>
public static class BranchBotComposition
{
    public static IServiceCollection AddBranchBot(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);

        // Domain: the branch, its members and the clock they live by.
        services.AddBranchBotDomain(configuration);

        // Storage: embedded LiteDB (data/branchbot.db by default), or PostgreSQL for a Host=…;Database=… string.
        if (configuration["BranchBot:InstanceName"] is { Length: > 0 } instance)
        {
            services.AddSingleton(new Storage.Postgres.Delivery.DeliveryClaimant(instance, Storage.Postgres.Delivery.DeliveryClaimant.DefaultLease));
        }

        services.AddBranchBotStorage(configuration.BranchBotConnectionString(), environment.ContentRootPath);

        // Privacy: 谈心 content is encrypted field by field (key from Security:DataKey or data/branchbot.key).
        services.AddContentProtection(configuration, environment);

        // Signing keys (console, chat page, invite and calendar hashes): data/branchbot.signing.key, never the database.
        services.AddSigningKeys(configuration, environment);

        // Protocol: Bot Framework activities in (/api/messages) and out (connector client), and the built-in Direct Line.
        services.AddBotFrameworkProtocol(configuration);
        services.AddDirectLine(configuration);
        services.AddChatPage();

        // 企业微信: the self-built application's callback (/api/wecom) and sends, on when the WeCom settings are set.
        services.AddWeCom(configuration);
        services.AddWeComReceiptLog();

        // 钉钉: the enterprise internal robot's callback (/api/dingtalk) and sends, on when the DingTalk settings are set.
        services.AddDingTalk(configuration);

        // Outgoing: everything sent outside a turn (the outbox's channel, notices) reaches members through here.
        services.AddChannels();

        // Conversations: the bot, its commands and dialogs.
        services.AddBranchBotDialogs();
        services.AddCalendarFeed();

        // Secretary web console under /console (one-time links from the 控制台 chat command).
        services.AddWebConsole();

        // Scheduler: Quartz reminders, check-in windows, after-meeting notices and daily duties, rebuilt from the database.
        services.AddMeetingScheduler(configuration);

        // First run: announce the setup code while the branch is unclaimed.
        services.AddHostedService<SetupCodeAnnouncer>();

        // Branches: the root container serves the first branch, every other branch gets its own container from these
        // same registrations (last, so it sees them all).
        services.AddBranchScopes();
        return services;
    }
}
