using BranchBot.BotFramework.Outgoing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BranchBot.BotFramework.WeCom;

public static class WeComServiceCollectionExtensions
{
    /// <summary>
    /// Registers the 企业微信 channel (section <c>WeCom</c>): the callback's services and the local channel that sends to
    /// <c>wecom</c> addresses. Always registered; the endpoint answers 404 while the settings are absent. HTTP goes
    /// through the named client <see cref="WeComApi.HttpClientName"/>, so a test can point it at a fake platform. To keep
    /// the record of handled callbacks across restarts, register an <see cref="IWeComReceiptLog"/>.
    /// </summary>
    public static IServiceCollection AddWeCom(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WeComOptions>().Bind(configuration.GetSection(WeComOptions.SectionName));
        services.AddHttpClient(WeComApi.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(15));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IWeComReceiptLog, InMemoryWeComReceiptLog>();
        services.AddSingleton<WeComAccessTokens>();
        services.AddSingleton<WeComApi>();
        services.AddSingleton<WeComChannel>();
        services.AddSingleton<ILocalChannel>(provider => provider.GetRequiredService<WeComChannel>());
        services.AddSingleton<IAddressableChannel>(provider => provider.GetRequiredService<WeComChannel>());
        services.AddSingleton<WeComTurnRunner>();
        return services;
    }
}
