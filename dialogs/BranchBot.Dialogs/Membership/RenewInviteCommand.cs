using BranchBot.Core.Membership;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Membership;

/// <summary>邀请码 姓名: a fresh invite for a member who lost theirs or changed phone; the old code stops working.</summary>
public sealed class RenewInviteCommand(MembershipService membership, BranchClock clock) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["邀请码", "重新生成邀请码"];

    public CommandAudience Audience => CommandAudience.Committee;

    public CommandHelp Help { get; } = new(MembershipTexts.HelpTopic, "生成邀请码", "邀请码 姓名", "为党员重新生成邀请码（换手机或邀请码过期时）", Order: 31)
    {
        ButtonValue = "邀请码",
        Example = "邀请码 张三",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (name, _) = MemberNameArguments.Split(arguments);
        if (name.Length == 0)
        {
            await turn.AskArgumentAsync(new ArgumentRequest(Keywords[0], MembershipTexts.AskMemberForInvite, NameOrCode: true), cancellationToken);
            return;
        }

        var renewed = await membership.RenewInviteAsync(name, cancellationToken);
        if (!renewed.Succeeded)
        {
            await turn.SendAsync(MembershipProblemTexts.Say(renewed.Problem!), cancellationToken);
            return;
        }

        var member = (await membership.FindByNameAsync(name, cancellationToken))!;
        var note = member.IsBound ? $"「{member.Name}」已绑定 {member.ChatAccounts.Count} 个聊天账号，新邀请码会再绑定一个（例如新手机）。\n" : string.Empty;
        await turn.SendAsync(note + MembershipTexts.InviteLine(member.Name, renewed.Value!, clock.Zone), cancellationToken);
    }
}
