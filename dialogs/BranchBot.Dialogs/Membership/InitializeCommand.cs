using BranchBot.Core.Membership;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Intents;

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
        var (name, ownName) = BranchThenOwnName(branchName);
        await turn.BeginDialogAsync(InitializeDialog.DialogId, new InitializeDialog.Request(code, name.Length == 0 ? null : name, ownName), cancellationToken);
    }

    /// <summary>
    /// "测试党支部 王建国": the secretary's own name typed after the branch's, taken as the name only when the branch's
    /// name before it ends like one (支部, 总支, 党委, 党组) and the last word is shaped like a person's name.
    /// </summary>
    private static (string BranchName, string? OwnName) BranchThenOwnName(string text)
    {
        var space = text.LastIndexOf(' ');
        if (space <= 0)
        {
            return (text, null);
        }

        var (branch, own) = (text[..space].TrimEnd(), text[(space + 1)..]);
        return SlotShapes.IsPersonName(own) && BranchEndings.Any(e => branch.EndsWith(e, StringComparison.Ordinal)) ? (branch, own) : (text, null);
    }

    private static readonly string[] BranchEndings = ["支部", "总支", "党委", "党组", "工委"];
}
