using BranchBot.Core.Membership;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Membership;

/// <summary>我的信息: name, role, 党小组 and branch of the sender, and whom to turn to (the committee, the 党小组长).</summary>
public sealed class MyInfoCommand(MembershipService membership) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["我的信息", "我的资料", "个人信息"];

    public CommandAudience Audience => CommandAudience.Members;

    public CommandHelp Help { get; } = new(MembershipTexts.HelpTopic, "我的信息", "我的信息", "查看你的姓名、角色、党小组和支部委员", Order: 10);

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var member = turn.Sender.Member!;
        var group = await membership.FindGroupAsync(member.GroupId, cancellationToken);
        var contacts = BranchContacts.Of(member, await membership.ListMembersAsync(cancellationToken));
        await turn.SendAsync(MembershipTexts.Profile(member, turn.Sender.Branch?.Name, group?.Name, contacts), cancellationToken);
    }
}
