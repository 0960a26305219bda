using BranchBot.BotFramework.Outgoing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using BranchBot.Storage.LiteDb;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
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

    private IHost? _host;
    private bool _disposing;

    /// <summary>
    /// Disposed, and the database file let go of. Program's own <c>app.RunAsync()</c> disposes the services too, on its
    /// thread, once the host stops; when it gets there first, the factory's disposal returns while the database is
    /// still being closed (its log moved into the file). A test that then truncates, copies or reopens the file would
    /// race that last write, so this waits for it.
    /// </summary>
    public override async ValueTask DisposeAsync()
    {
        var database = _host is { } host && !_disposing ? OpenDatabase(host) : null;
        _disposing = true;
        await base.DisposeAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (database is { IsDisposed: false })
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10), limit.Token);
        }
    }

    private static LiteDbContext? OpenDatabase(IHost host)
    {
        try
        {
            return host.Services.GetService<LiteDbContext>();
        }
        catch (ObjectDisposedException)
        {
            return null;
        }
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        _host = base.CreateHost(builder);
        return _host;
    }

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
