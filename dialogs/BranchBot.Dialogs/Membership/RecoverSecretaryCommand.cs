using BranchBot.Core.Membership;
using BranchBot.Core.Notifications;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using Microsoft.Extensions.Logging;

namespace BranchBot.Dialogs.Membership;

/// <summary>
/// 找回书记账号 [找回码]: a lone 书记 on a new phone or browser. Alone, it writes a one-time code to the server log
/// (read by whoever runs the server, as the setup code at first start); with the code, it binds the sender's chat
/// account to the 书记's record and tells the 书记's earlier accounts.
/// </summary>
public sealed partial class RecoverSecretaryCommand(
    SecretaryRecoveryService recovery,
    CodeAttemptLimiter limiter,
    IMemberNotifier notifier,
    TimeProvider timeProvider,
    ILogger<RecoverSecretaryCommand> logger) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["找回书记账号"];

    public CommandAudience Audience => CommandAudience.Guests;

    public bool AcceptsGluedArguments => true;

    /// <summary>Not in 帮助: nearly every stranger is a member who should 加入; the README tells the 书记 about it.</summary>
    public CommandHelp? Help => null;

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (Codes.Normalize(arguments).Length == 0)
        {
            await IssueAsync(turn, cancellationToken);
            return;
        }

        if (limiter.LockedUntil(turn.Sender.Account) is { } until)
        {
            await turn.SendAsync(MembershipTexts.Locked(until, timeProvider.GetUtcNow()), cancellationToken);
            return;
        }

        var recovered = await recovery.RedeemAsync(arguments, turn.Sender.Account, cancellationToken);
        if (!recovered.Succeeded)
        {
            limiter.RecordFailure(turn.Sender.Account);
            await turn.SendAsync(MembershipProblemTexts.Say(recovered.Problem!), cancellationToken);
            return;
        }

        limiter.Reset(turn.Sender.Account);
        var (secretary, before) = (recovered.Value!.Secretary, recovered.Value.Before);
        LogRecovered(logger, secretary.Id);
        await turn.SendWithButtonsAsync(MembershipTexts.SecretaryRecovered(secretary, turn.Sender.Branch?.Name), ["帮助", "我的信息"], cancellationToken);
        if (before.IsBound)
        {
            var notice = new Notification(MembershipTexts.SecretaryRecoveredElsewhere(secretary))
            {
                Key = NoticeKeys.Once("secretary-recovered"),
                OnlyTo = before.ChatAccounts,
            };
            await notifier.NotifyAsync([before], notice, cancellationToken);
        }
    }

    private async Task IssueAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        var issued = await recovery.IssueAsync(turn.Sender.Account, cancellationToken);
        if (!issued.Succeeded)
        {
            await turn.SendAsync(MembershipProblemTexts.Say(issued.Problem!), cancellationToken);
            return;
        }

        LogRecoveryCode(logger, issued.Value!.Code, (int)SecretaryRecoveryService.Lifetime.TotalMinutes);
        await turn.SendAsync(MembershipTexts.RecoveryCodeLogged((int)SecretaryRecoveryService.Lifetime.TotalMinutes), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "有人在聊天中请求找回书记账号。书记请在 {Minutes} 分钟内在聊天中发送：找回书记账号 {RecoveryCode}（只能使用一次；如非本人请求，忽略即可）")]
    private static partial void LogRecoveryCode(ILogger logger, string recoveryCode, int minutes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The secretary's record {MemberId} was bound to a new chat account with a recovery code.")]
    private static partial void LogRecovered(ILogger logger, string memberId);
}
