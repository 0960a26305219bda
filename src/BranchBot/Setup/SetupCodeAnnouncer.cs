using BranchBot.Core.Membership;

namespace BranchBot.Setup;

/// <summary>
/// At start-up on an unclaimed branch, stores a setup code (Setup:Code, or a random one) and logs it, so the
/// person who runs the server can claim the branch from chat with 「初始化 设置码 支部名称」.
/// </summary>
public sealed partial class SetupCodeAnnouncer(MembershipService membership, IConfiguration configuration, ILogger<SetupCodeAnnouncer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var code = await membership.PrepareSetupCodeAsync(configuration["Setup:Code"], cancellationToken);
        if (code is not null)
        {
            LogSetupCode(logger, code);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "支部尚未初始化。书记请在聊天中发送：初始化 {SetupCode} 支部名称（设置码只能使用一次）")]
    private static partial void LogSetupCode(ILogger logger, string setupCode);
}
