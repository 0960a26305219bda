using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Organisation;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Dialogs.Membership;

/// <summary>
/// 加入 邀请码: binds the sender's chat account to the member the secretary created (or the roster import listed,
/// which may happen before the branch is claimed), in whichever branch issued the code; a new branch's 书记邀请码
/// makes the sender that branch's 书记 under the name typed after the code (else their chat name).
/// </summary>
public sealed class JoinCommand(OrganisationJoin organisation, IBranchScopes branches, CodeAttemptLimiter limiter, TimeProvider timeProvider) : IChatCommand
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
            await turn.AskArgumentAsync(new ArgumentRequest(Keywords[0], MembershipTexts.AskCode, NameOrCode: true), cancellationToken);
            return;
        }

        if (limiter.LockedUntil(turn.Sender.Account) is { } until)
        {
            await turn.SendAsync(MembershipTexts.Locked(until, timeProvider.GetUtcNow()), cancellationToken);
            return;
        }

        // "加入 9CG2RFBH 刘洋": people add their name after the code.
        var (code, typedName) = Codes.Split(arguments);
        var secretaryName = typedName.Length > 0 ? typedName : turn.Sender.DisplayName;
        var joined = await organisation.JoinAsync(code, turn.Sender.Account, secretaryName, cancellationToken);
        if (!joined.Succeeded)
        {
            limiter.RecordFailure(turn.Sender.Account);
            await turn.SendAsync(MembershipProblemTexts.Say(joined.Problem!), cancellationToken);
            return;
        }

        limiter.Reset(turn.Sender.Account);
        var (member, branch, asSecretary) = joined.Value!;
        if (asSecretary)
        {
            await turn.SendWithButtonsAsync(NewBranchTexts.JoinedAsSecretary(member.Name, branch?.Name), ["帮助", "添加党员"], cancellationToken);
            return;
        }

        var membership = branches.For(branch?.Id ?? branches.PrimaryBranchId).GetRequiredService<MembershipService>();
        var group = await membership.FindGroupAsync(member.GroupId, cancellationToken);
        var welcome = MembershipTexts.Joined(member, branch?.Name, group?.Name);
        if (typedName.Length > 0 && !NameRules.SameName(typedName, member.Name))
        {
            welcome += MembershipTexts.TypedAnotherName(typedName, member.Name);
        }

        await turn.SendWithButtonsAsync(welcome, ["帮助", "我的信息"], cancellationToken);
    }
}
