using BranchBot.BotFramework.Auth;
using BranchBot.BotFramework.Endpoints;
using BranchBot.BotFramework.Hosting;
using BranchBot.BotFramework.Outgoing;
using BranchBot.BotFramework.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BranchBot.BotFramework.Tests.Support;

/// <summary>
/// A tiny in-process host: the protocol layer as AddBotFrameworkProtocol registers it, /api/messages mapped, a
/// scripted bot, and the outside world (identity metadata, token endpoint, channel) behind test handlers plugged
/// into the named HttpClients.
/// </summary>
internal sealed class TestBotHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestBotHost(WebApplication app) => _app = app;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>What Content-Length each /api/messages request arrived with (null: none, e.g. chunked).</summary>
    public List<long?> ContentLengths { get; } = [];

    public static Dictionary<string, string?> AuthenticatedSettings() => new()
    {
        ["MicrosoftAppId"] = FakeBotIdentity.AppId,
        ["MicrosoftAppPassword"] = "s3cret~value",
        ["BotFramework:OpenIdMetadataUrl"] = FakeBotIdentity.ChannelMetadataUrl,
        ["BotFramework:EmulatorOpenIdMetadataUrl"] = FakeBotIdentity.EmulatorMetadataUrl,
    };

    public static async Task<TestBotHost> StartAsync(
        ScriptedBot bot,
        Dictionary<string, string?>? settings = null,
        FakeBotIdentity? identity = null,
        HttpMessageHandler? outside = null,
        TimeProvider? clock = null)
    {
        // Development, as the Emulator runs: without a MicrosoftAppId other environments refuse /api/messages.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings ?? []);

        builder.Services.AddBotFrameworkProtocol(builder.Configuration);
        builder.Services.AddSingleton<IBot>(bot);
        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
        }

        if (identity is not null)
        {
            builder.Services.AddHttpClient(BotFrameworkJwtAuthenticator.MetadataHttpClientName)
                .ConfigurePrimaryHttpMessageHandler(() => new NonDisposingHandler(identity));
        }

        if (outside is not null)
        {
            builder.Services.AddHttpClient(HttpConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new NonDisposingHandler(outside));
            builder.Services.AddHttpClient(ConnectorTokenProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new NonDisposingHandler(outside));
        }

        var app = builder.Build();
        var host = new TestBotHost(app);
        app.Use(async (context, next) =>
        {
            lock (host.ContentLengths)
            {
                host.ContentLengths.Add(context.Request.ContentLength);
            }

            await next(context);
        });
        app.MapBotFrameworkMessages();
        await app.StartAsync();
        host.Client = app.GetTestClient();
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
