using BranchBot.BotFramework.Hosting;
using BranchBot.BotFramework.Outgoing;
using BranchBot.Core.Delivery;
using BranchBot.Core.Membership;
using BranchBot.Hosting;
using BranchBot.Security;
using BranchBot.Tests.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace BranchBot.Tests.Support;

/// <summary>
/// The whole bot from the server's own composition (<see cref="BranchBotComposition.AddBranchBot"/>), with LiteDB in
/// memory, a fake clock, a recording channel and in-memory keys. Each test builds its own.
/// </summary>
internal sealed class BotHarness : IAsyncDisposable
{
    public const string SetupCode = "SETUP234";

    /// <summary>Wednesday 25 November 2026, 10:00 in Beijing.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8));

    private readonly ServiceProvider _services;

    /// <param name="configure">Replacements after the server's composition.</param>
    /// <param name="connectionString">The database; an in-memory one unless a test opens a file (the release fixture).</param>
    /// <param name="settings">Settings over the harness's own (a branch's Branches:{name} section).</param>
    public BotHarness(Action<IServiceCollection>? configure = null, string connectionString = ":memory:", IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:BranchBot"] = connectionString,
            ["BranchBot:TimeZone"] = "Asia/Shanghai",

            // No request carries the bot's address here: links sent in chat use this.
            ["BranchBot:PublicUrl"] = "https://branch.example.cn",

            // The outbox is drained by DeliverOutbox on the fake clock, not by paced background workers.
            ["Broadcast:MaxPerSecond"] = "0",
            ["Broadcast:RunWorkers"] = "false",

            // One sender: messages go out in the order they were queued, as the scripts read them.
            ["Broadcast:MaxConcurrency"] = "1",
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();

        // The server's own composition (Program.cs calls the same method); no host is started, so hosted services
        // (scheduler, delivery workers) stay still and the scripts drive time and the outbox themselves.
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddProvider(Logs));
        services.AddSingleton<IConfiguration>(configuration);
        var environment = new HostingEnvironment
        {
            EnvironmentName = Environments.Development,
            ApplicationName = "BranchBot",
            ContentRootPath = Path.GetTempPath(),
        };
        services.AddBranchBot(configuration, environment);

        // What the host itself would provide.
        services.AddSingleton<IHostEnvironment>(environment);
        services.AddSingleton<IHostApplicationLifetime, ApplicationLifetime>();

        // Replaced for tests: the clock, the channel, and keys that never touch the disk.
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IChannelSender>(Channel);
        services.AddSingleton(TestContentKeys.Ring);
        services.AddSingleton(SigningKeys.Generate());
        configure?.Invoke(services);

        // Every registration is checked as the container is built: one the product forgot fails here, in every test.
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Services.GetRequiredService<MembershipService>().PrepareSetupCodeAsync(SetupCode, CancellationToken.None).GetAwaiter().GetResult();
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    public RecordingChannelSender Channel { get; } = new();

    public CapturingLoggerProvider Logs { get; } = new();

    public IServiceProvider Services => _services;

    public BotAdapter Adapter => Services.GetRequiredService<BotAdapter>();

    public MembershipService Membership => Services.GetRequiredService<MembershipService>();

    /// <summary>
    /// Sends everything due in the delivery outbox now (scheduled reminders, nudges, broadcasts) to the recording
    /// channel, as the background workers would; scripts call it before reading proactive messages.
    /// </summary>
    public int DeliverOutbox() =>
        Services.GetRequiredService<IDeliveryDispatcher>().RunDueAsync(CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>A chat script for one person on one channel.</summary>
    public ConversationScript User(string userId, string? displayName = null, string channelId = "test") =>
        new(this, channelId, userId, displayName);

    /// <summary>A branch claimed by 王书记 (user "secretary"), ready for members to be added.</summary>
    public ConversationScript ClaimedBranch(string branchName = "机关第一党支部")
    {
        var secretary = User("secretary", "王书记");
        secretary.Send($"初始化 {SetupCode} {branchName}").ExpectReply("请确认你的姓名。如果是「王书记」，直接点下面的按钮")
            .Send("王书记").ExpectReply("初始化完成");
        return secretary;
    }

    /// <summary>Adds a member through the secretary and joins them from their own chat account.</summary>
    public ConversationScript JoinedMember(ConversationScript secretary, string userId, string name, string? group = null)
    {
        ArgumentNullException.ThrowIfNull(secretary);
        secretary.Send(group is null ? $"添加党员 {name}" : $"添加党员 {name} {group}");
        if (group is not null && secretary.NextReplyContains($"支部还没有党小组「{group}」"))
        {
            // The branch's first member of a group: the new group is asked about, and created.
            secretary.ExpectReply("要新建").Send($"新建 {group}");
        }

        secretary.ExpectReply($"已添加党员「{name}」");
        var code = ConversationScript.InviteCodeIn(secretary.LastReplyText);
        var member = User(userId, name);
        member.Send($"加入 {code}").ExpectReply($"欢迎你，{name}同志！你已加入「");
        return member;
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
