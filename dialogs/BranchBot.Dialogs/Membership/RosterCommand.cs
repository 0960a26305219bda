using System.Text;
using BranchBot.Core.Membership;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Membership;

/// <summary>党员名单: the roster by 党小组, with roles and who has not joined from chat yet.</summary>
public sealed class RosterCommand(MembershipService membership) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["党员名单", "成员名单", "名单"];

    public CommandAudience Audience => CommandAudience.Committee;

    public CommandHelp Help { get; } = new(MembershipTexts.HelpTopic, "党员名单", "党员名单", "按党小组查看全部党员和加入情况", Order: 20);

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var members = await membership.ListMembersAsync(cancellationToken);
        var groups = (await membership.ListGroupsAsync(cancellationToken)).ToDictionary(g => g.Id, g => g.Name);
        var joined = members.Count(m => m.IsBound);
        var text = new StringBuilder($"「{turn.Sender.Branch?.Name}」共 {members.Count} 名党员，已加入 {joined} 名");
        text.Append(joined < members.Count ? $"，{members.Count - joined} 名尚未加入（可发送「邀请码 姓名」重新生成邀请码）。" : "。");

        var byGroup = members
            .GroupBy(m => m.GroupId is not null && groups.TryGetValue(m.GroupId, out var name) ? name : null)
            .OrderBy(g => g.Key is null)
            .ThenBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in byGroup)
        {
            text.Append("\n【").Append(group.Key ?? "未分组").Append("】");
            foreach (var member in group.OrderBy(m => m.Role).ThenBy(m => m.Name, StringComparer.Ordinal))
            {
                text.Append("\n  ").Append(member.Name);
                if (member.Role != MemberRole.Member)
                {
                    text.Append('（').Append(RoleNames.ToChinese(member.Role)).Append('）');
                }

                if (!member.IsBound)
                {
                    text.Append(" · 未加入");
                }
            }
        }

        await turn.SendAsync(text.ToString(), cancellationToken);
    }
}
