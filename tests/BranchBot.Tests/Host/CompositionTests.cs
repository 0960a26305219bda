using BranchBot.Core.Broadcasts;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BranchBot.Tests.Host;

/// <summary>The conversation harness is built from the server's own composition, so it cannot drift from Program.cs.</summary>
public class CompositionTests
{
    [Fact]
    public void A_registration_the_product_lost_fails_the_harness_as_it_is_built()
    {
        // As if the domain's registrations had forgotten the broadcast service the chat commands depend on.
        var error = Assert.Throws<AggregateException>(() => new BotHarness(services => services.RemoveAll<BroadcastService>()));

        Assert.Contains($"Unable to resolve service for type '{typeof(BroadcastService).FullName}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_harness_holds_every_service_the_server_registers()
    {
        var server = new List<Type>();
        await using (var app = new BranchBotApplication(configure: services => server.AddRange(services.Select(d => d.ServiceType))))
        {
            _ = app.Services;
        }

        var harness = new List<Type>();
        await using (new BotHarness(services => harness.AddRange(services.Select(d => d.ServiceType))))
        {
        }

        var ours = server.Where(type => type.Assembly.GetName().Name!.StartsWith("BranchBot", StringComparison.Ordinal)).Distinct().ToList();
        Assert.NotEmpty(ours);
        Assert.Empty(ours.Except(harness).Select(type => type.FullName));
    }
}
