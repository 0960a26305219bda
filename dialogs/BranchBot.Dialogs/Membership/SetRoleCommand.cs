using BranchBot.Core.Membership;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Membership;

/// <summary>设置角色 姓名 角色: the secretary assigns 书记/副书记/支委/党小组长/党员; naming a new 书记 hands the office over.</summary>
public sealed class SetRoleCommand(MembershipService membership) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["设置角色", "修改角色", "更改角色"];

    public CommandAudience Audience => CommandAudience.Secretary;

    public CommandHelp Help { get; } = new(MembershipTexts.HelpTopic, "设置角色", "设置角色 姓名 角色", "设置书记、副书记、支委、党小组长或党员", Order: 40)
    {
        Example = "设置角色 张三 支委",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (name, roleText) = MemberNameArguments.Split(arguments);
        if (name.Length == 0)
        {
            await turn.AskArgumentAsync(new ArgumentRequest(Keywords[0], MembershipTexts.AskMemberForRole, NameOrCode: true), cancellationToken);
            return;
        }

        if (await membership.FindByNameAsync(name, cancellationToken) is not { } member)
        {
            await turn.SendAsync(MembershipProblemTexts.NotFound(name), cancellationToken);
            return;
        }

        if (roleText.Length == 0 || !RoleNames.TryParse(roleText, out var role))
        {
            var prompt = roleText.Length == 0
                ? $"要把「{member.Name}」（现为{RoleNames.ToChinese(member.Role)}）设置为什么角色？"
                : $"不认识的角色「{roleText}」。请选择：";
            await turn.AskArgumentAsync(new ArgumentRequest(Keywords[0], prompt, member.Name, RoleNames.ChineseChoices, ChoicesOnly: true), cancellationToken);
            return;
        }

        var changed = await membership.ChangeRoleAsync(member.Name, role, turn.Sender.Member!, cancellationToken);
        await turn.SendAsync(changed.Succeeded ? MembershipTexts.RoleChanged(changed.Value!) : MembershipProblemTexts.Say(changed.Problem!), cancellationToken);
    }
}
