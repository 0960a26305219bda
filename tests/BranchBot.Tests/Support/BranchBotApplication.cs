using BranchBot.BotFramework.Outgoing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BranchBot.Tests.Support;

/// <summary>
/// The real server (Program.cs) over an in-memory database, a fake clock and a recording Bot Connector.
/// Each test builds its own: <c>await using var app = new BranchBotApplication();</c>.
/// </summary>
internal sealed class BranchBotApplication(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    : WebApplicationFactory<Program>
{
    public FakeTimeProvider Clock { get; } = new(BotHarness.Start);

    public RecordingConnector Connector { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:BranchBot", ":memory:");
        builder.UseSetting("Setup:Code", BotHarness.SetupCode);
        builder.UseSetting("MicrosoftAppId", string.Empty);

        // Background delivery workers run, unthrottled: a paced limiter would wait on the fake clock.
        builder.UseSetting("Broadcast:MaxPerSecond", "0");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IConnectorClient>(Connector);
            configure?.Invoke(services);
        });
    }
}
