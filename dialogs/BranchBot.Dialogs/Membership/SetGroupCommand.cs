using BranchBot.Core.Membership;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Membership;

/// <summary>设置党小组 姓名 党小组: moves a member into a 党小组, creating the group when it is new.</summary>
public sealed class SetGroupCommand(MembershipService membership) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["设置党小组", "调整党小组"];

    public CommandAudience Audience => CommandAudience.Committee;

    public CommandHelp Help { get; } = new(MembershipTexts.HelpTopic, "设置党小组", "设置党小组 姓名 党小组", "把党员调整到某个党小组（新名称会自动建组）", Order: 41)
    {
        Example = "设置党小组 张三 第二党小组",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (name, groupName) = MemberNameArguments.Split(arguments);
        if (name.Length == 0)
        {
            await turn.AskArgumentAsync(new ArgumentRequest(Keywords[0], MembershipTexts.AskMemberForGroup, NameOrCode: true), cancellationToken);
            return;
        }

        if (await membership.FindByNameAsync(name, cancellationToken) is not { } member)
        {
            await turn.SendAsync(MembershipProblemTexts.NotFound(name), cancellationToken);
            return;
        }

        if (groupName.Length == 0)
        {
            var groups = await membership.ListGroupsAsync(cancellationToken);
            await turn.AskArgumentAsync(
                new ArgumentRequest(Keywords[0], $"要把「{member.Name}」调整到哪个党小组？可点选已有小组，或输入新小组名称。", member.Name, [.. groups.Select(g => g.Name).Order(StringComparer.Ordinal)]),
                cancellationToken);
            return;
        }

        var moved = await membership.MoveToGroupAsync(member.Name, groupName, turn.Sender.Member!, cancellationToken);
        await turn.SendAsync(moved.Succeeded ? MembershipTexts.Moved(moved.Value!) : MembershipProblemTexts.Say(moved.Problem!), cancellationToken);
    }
}
