using BranchBot.BotFramework.Outgoing;
using BranchBot.BotFramework.Turns;
using BranchBot.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace BranchBot.Tests.DirectLine.Support;

/// <summary>
/// The real host with the test bot, a fake clock and a strict connector mock: Direct Line traffic must never
/// reach the Bot Connector. Every test builds its own.
/// </summary>
public sealed class DirectLineApp : WebApplicationFactory<Program>
{
    public const string Secret = "test-directline-secret";

    private readonly Dictionary<string, string> _settings;

    public DirectLineApp(IReadOnlyDictionary<string, string>? settings = null)
    {
        _settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["DirectLine:Secret"] = Secret,
            ["DirectLine:PublicUrl"] = "http://bot.test",
            ["ConnectionStrings:BranchBot"] = ":memory:",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            _settings[key] = value;
        }
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 5, 8, 1, 0, 0, TimeSpan.Zero));

    public TestBot Bot { get; } = new();

    public Mock<IConnectorClient> Connector { get; } = new(MockBehavior.Strict);

    public Action<IServiceCollection>? ExtraServices { get; init; }

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    public DirectLineTestClient CreateDirectLineClient() => new(CreateClient());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            services.AddSingleton<IBot>(Bot);
            services.AddSingleton(Connector.Object);
            ExtraServices?.Invoke(services);
        });
    }
}
