using BranchBot.Core.Membership;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Membership;

/// <summary>
/// 加入 邀请码: binds the sender's chat account to the member the secretary created (or the roster import listed,
/// which may happen before the branch is claimed).
/// </summary>
public sealed class JoinCommand(MembershipService membership, CodeAttemptLimiter limiter, TimeProvider timeProvider) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["加入", "加入支部"];

    public CommandAudience Audience => CommandAudience.Guests;

    public bool AcceptsGluedArguments => true;

    public CommandHelp Help { get; } = new(MembershipTexts.HelpTopic, "加入支部", "加入 邀请码", "用书记或支委给你的邀请码加入支部", Order: 2)
    {
        ButtonValue = "加入",
        Example = "加入 ABCD2345",
    };

    public bool IsOfferedTo(Sender sender) => sender is { BranchClaimed: true };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (Codes.Normalize(arguments).Length == 0)
        {
            await turn.AskArgumentAsync(new ArgumentRequest(Keywords[0], MembershipTexts.AskCode), cancellationToken);
            return;
        }

        if (limiter.LockedUntil(turn.Sender.Account) is { } until)
        {
            await turn.SendAsync(MembershipTexts.Locked(until, timeProvider.GetUtcNow()), cancellationToken);
            return;
        }

        // "加入 9CG2RFBH 刘洋": people add their name after the code.
        var (code, typedName) = Codes.Split(arguments);
        var joined = await membership.RedeemInviteAsync(code, turn.Sender.Account, cancellationToken);
        if (!joined.Succeeded)
        {
            limiter.RecordFailure(turn.Sender.Account);
            await turn.SendAsync(MembershipProblemTexts.Say(joined.Problem!), cancellationToken);
            return;
        }

        limiter.Reset(turn.Sender.Account);
        var group = await membership.FindGroupAsync(joined.Value!.GroupId, cancellationToken);
        var welcome = MembershipTexts.Joined(joined.Value, turn.Sender.Branch?.Name, group?.Name);
        if (typedName.Length > 0 && !NameRules.SameName(typedName, joined.Value.Name))
        {
            welcome += MembershipTexts.TypedAnotherName(typedName, joined.Value.Name);
        }

        await turn.SendWithButtonsAsync(welcome, ["帮助", "我的信息"], cancellationToken);
    }
}
