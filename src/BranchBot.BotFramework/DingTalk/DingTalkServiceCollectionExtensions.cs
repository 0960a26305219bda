using BranchBot.BotFramework.Outgoing;
using BranchBot.BotFramework.WeCom;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BranchBot.BotFramework.DingTalk;

public static class DingTalkServiceCollectionExtensions
{
    /// <summary>
    /// Registers the 钉钉 channel (section <c>DingTalk</c>): the robot's callback services and the local channel that
    /// sends to <c>dingtalk</c> addresses. Always registered; the endpoint answers 404 while the settings are absent.
    /// HTTP goes through the named client <see cref="DingTalkApi.HttpClientName"/>, so a test can point it at a fake
    /// platform. Handled message ids share the 企业微信 receipt log (keys prefixed <c>dingtalk:</c>), so a host with a
    /// database keeps them across restarts.
    /// </summary>
    public static IServiceCollection AddDingTalk(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DingTalkOptions>().Bind(configuration.GetSection(DingTalkOptions.SectionName));
        services.AddHttpClient(DingTalkApi.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(15));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IWeComReceiptLog, InMemoryWeComReceiptLog>();
        services.AddSingleton<DingTalkAccessTokens>();
        services.AddSingleton<DingTalkApi>();
        services.AddSingleton<DingTalkChannel>();
        services.AddSingleton<ILocalChannel>(provider => provider.GetRequiredService<DingTalkChannel>());
        services.AddSingleton<IAddressableChannel>(provider => provider.GetRequiredService<DingTalkChannel>());
        services.AddSingleton<DingTalkTurnRunner>();
        return services;
    }
}
