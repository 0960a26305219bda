using BranchBot.BotFramework.Auth;
using BranchBot.BotFramework.Hosting;
using BranchBot.BotFramework.Outgoing;
using BranchBot.BotFramework.Tests.Support;
using BranchBot.BotFramework.Turns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BranchBot.BotFramework.Tests.Hosting;

public sealed class RegistrationTests
{
    [Fact]
    public void The_protocol_layer_registers_the_real_authenticator_connector_client_and_system_clock()
    {
        using var services = Build(new ServiceCollection());

        Assert.IsType<BotFrameworkJwtAuthenticator>(services.GetRequiredService<IChannelRequestAuthenticator>());
        Assert.IsType<HttpConnectorClient>(services.GetRequiredService<IConnectorClient>());
        Assert.Same(TimeProvider.System, services.GetRequiredService<TimeProvider>());
        Assert.Same(services.GetRequiredService<ConnectorTokenProvider>(), services.GetRequiredService<ConnectorTokenProvider>());
    }

    [Fact]
    public void A_clock_registered_by_the_host_before_the_protocol_layer_is_kept()
    {
        var clock = new StepClock();
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(clock);

        using var services = Build(collection);

        Assert.Same(clock, services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void Connector_retry_settings_are_read_from_the_botframework_connector_section()
    {
        using var services = Build(new ServiceCollection(), new Dictionary<string, string?>
        {
            ["BotFramework:Connector:MaxAttempts"] = "6",
            ["BotFramework:Connector:MaxRetryDelay"] = "00:00:20",
        });

        var options = services.GetRequiredService<IOptions<ConnectorClientOptions>>().Value;
        Assert.Equal(6, options.MaxAttempts);
        Assert.Equal(TimeSpan.FromSeconds(20), options.MaxRetryDelay);
    }

    private static ServiceProvider Build(ServiceCollection services, Dictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        services.AddLogging();
        services.AddBotFrameworkProtocol(configuration);
        services.AddSingleton<IBot>(new ScriptedBot());
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
