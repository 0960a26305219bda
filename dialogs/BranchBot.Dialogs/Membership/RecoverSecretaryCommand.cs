using BranchBot.Core.Membership;
using BranchBot.Core.Notifications;
using BranchBot.Core.Organisation;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BranchBot.Dialogs.Membership;

/// <summary>
/// 找回书记账号 [支部名称 | 找回码]: a lone 书记 on a new phone or browser. Without a code, it writes a one-time code
/// of the named branch (the only branch when there is one) to the server log (read by whoever runs the server, as the
/// setup code at first start); with the code, it binds the sender's chat account to the 书记's record of the branch
/// that issued it and tells the 书记's earlier accounts (<see cref="OrganisationSecretaryRecovery"/>).
/// </summary>
public sealed partial class RecoverSecretaryCommand(
    OrganisationSecretaryRecovery recovery,
    IBranchScopes scopes,
    CodeAttemptLimiter limiter,
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
        var typed = arguments.Trim();
        if (Codes.Normalize(typed).Length == 0)
        {
            await IssueAsync(turn, null, cancellationToken);
            return;
        }

        if (!LooksLikeCode(typed) || await recovery.NamesBranchAsync(typed, cancellationToken))
        {
            await IssueAsync(turn, typed, cancellationToken);
            return;
        }

        if (limiter.LockedUntil(turn.Sender.Account) is { } until)
        {
            await turn.SendAsync(MembershipTexts.Locked(until, timeProvider.GetUtcNow()), cancellationToken);
            return;
        }

        var recovered = await recovery.RedeemAsync(typed, turn.Sender.Account, cancellationToken);
        if (!recovered.Succeeded)
        {
            limiter.RecordFailure(turn.Sender.Account);
            await turn.SendAsync(MembershipProblemTexts.Say(recovered.Problem!), cancellationToken);
            return;
        }

        limiter.Reset(turn.Sender.Account);
        var (secretary, before) = (recovered.Value!.Recovered.Secretary, recovered.Value.Recovered.Before);
        LogRecovered(logger, secretary.Id, recovered.Value.BranchId);
        await turn.SendWithButtonsAsync(MembershipTexts.SecretaryRecovered(secretary, recovered.Value.BranchName), ["帮助", "我的信息"], cancellationToken);
        if (before.IsBound)
        {
            var notice = new Notification(MembershipTexts.SecretaryRecoveredElsewhere(secretary))
            {
                Key = NoticeKeys.Once("secretary-recovered"),
                OnlyTo = before.ChatAccounts,
            };
            await scopes.For(recovered.Value.BranchId).GetRequiredService<IMemberNotifier>().NotifyAsync([before], notice, cancellationToken);
        }
    }

    /// <summary>Eight letters and digits as a code is written; a branch's name is Chinese (or is checked first).</summary>
    private static bool LooksLikeCode(string typed)
    {
        var normalized = Codes.Normalize(typed);
        return normalized.Length == Codes.Length && normalized.All(char.IsAsciiLetterOrDigit);
    }

    private async Task IssueAsync(BotTurn turn, string? branch, CancellationToken cancellationToken)
    {
        var issued = await recovery.IssueAsync(branch, turn.Sender.Account, cancellationToken);
        if (!issued.Succeeded)
        {
            await turn.SendAsync(MembershipProblemTexts.Say(issued.Problem!), cancellationToken);
            return;
        }

        var code = issued.Value!;
        LogRecoveryCode(logger, code.BranchName ?? "本支部", code.Issued.Code, (int)SecretaryRecoveryService.Lifetime.TotalMinutes);
        await turn.SendAsync(MembershipTexts.RecoveryCodeLogged((int)SecretaryRecoveryService.Lifetime.TotalMinutes), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "有人在聊天中请求找回「{BranchName}」的书记账号。书记请在 {Minutes} 分钟内在聊天中发送：找回书记账号 {RecoveryCode}（只能使用一次；如非本人请求，忽略即可）")]
    private static partial void LogRecoveryCode(ILogger logger, string branchName, string recoveryCode, int minutes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The secretary's record {MemberId} of branch {BranchId} was bound to a new chat account with a recovery code.")]
    private static partial void LogRecovered(ILogger logger, string memberId, string branchId);
}
