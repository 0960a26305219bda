using BranchBot.Core.Membership;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Membership;

/// <summary>初始化 设置码 [支部名称]: the first secretary claims the branch with the code from the server log.</summary>
public sealed class InitializeCommand(MembershipService membership, CodeAttemptLimiter limiter, TimeProvider timeProvider) : IChatCommand
{
    // "初始化支部" is what the help button and the welcome say; people type it too.
    public IReadOnlyList<string> Keywords { get; } = ["初始化", "初始化支部"];

    public CommandAudience Audience => CommandAudience.Guests;

    public CommandHelp Help { get; } = new(MembershipTexts.HelpTopic, "初始化支部", "初始化 设置码 支部名称", "首次使用时，书记用服务器日志中的设置码初始化支部", Order: 1)
    {
        Example = "初始化 ABCD2345 机关第一党支部",
    };

    public bool IsOfferedTo(Sender sender) => sender is { BranchClaimed: false };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Sender.Branch is { IsClaimed: true } branch)
        {
            await turn.SendAsync($"支部「{branch.Name}」已经完成初始化。" + BotTexts.HowToJoin, cancellationToken);
            return;
        }

        var (code, branchName) = MemberNameArguments.Split(arguments);
        if (code.Length == 0)
        {
            await turn.AskArgumentAsync(new ArgumentRequest(Keywords[0], "请输入设置码和支部名称，例如：ABCD2345 机关第一党支部。设置码在服务器启动日志中。"), cancellationToken);
            return;
        }

        if (limiter.LockedUntil(turn.Sender.Account) is { } until)
        {
            await turn.SendAsync(MembershipTexts.Locked(until, timeProvider.GetUtcNow()), cancellationToken);
            return;
        }

        var check = await membership.CheckSetupCodeAsync(code, cancellationToken);
        if (!check.Succeeded)
        {
            limiter.RecordFailure(turn.Sender.Account);
            await turn.SendAsync(MembershipProblemTexts.Say(check.Problem!), cancellationToken);
            return;
        }

        limiter.Reset(turn.Sender.Account);
        await turn.BeginDialogAsync(InitializeDialog.DialogId, new InitializeDialog.Request(code, branchName.Length == 0 ? null : branchName), cancellationToken);
    }
}
