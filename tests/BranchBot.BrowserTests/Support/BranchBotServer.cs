using System.Net;
using BranchBot.BotFramework.Outgoing;
using BranchBot.BotFramework.Turns;
using BranchBot.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace BranchBot.BrowserTests.Support;

/// <summary>The real app on a real Kestrel loopback port, with the test bot in place of the branch's bot.</summary>
public sealed class BranchBotServer : WebApplicationFactory<Program>
{
    public const string Secret = "browser-test-secret";

    private readonly Dictionary<string, string> _settings;

    private readonly bool _realBot;

    private readonly Action<IServiceCollection>? _configure;

    /// <param name="settings">Extra configuration.</param>
    /// <param name="realBot">Keep the branch's own bot instead of the test bot.</param>
    /// <param name="configure">Service replacements applied last.</param>
    public BranchBotServer(IReadOnlyDictionary<string, string>? settings = null, bool realBot = false, Action<IServiceCollection>? configure = null)
    {
        _realBot = realBot;
        _configure = configure;
        _settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["DirectLine:Secret"] = Secret,
            ["ConnectionStrings:BranchBot"] = ":memory:",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            _settings[key] = value;
        }

        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal));
    }

    public Uri BaseAddress { get; }

    public TestBot Bot { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            if (!_realBot)
            {
                services.AddSingleton<IBot>(Bot);
            }

            services.AddSingleton(new Mock<IConnectorClient>(MockBehavior.Strict).Object);
            services.AddSingleton<TimeProvider>(new PinnedDateTimeProvider(PinnedDateTimeProvider.MidMonth));
            _configure?.Invoke(services);
        });
    }
}
