using BranchBot.Core.Membership;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Membership;

/// <summary>添加党员 姓名 [党小组]: creates the member and answers with their one-time 邀请码.</summary>
public sealed class AddMemberCommand(MembershipService membership, BranchClock clock) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["添加党员", "新增党员", "添加成员"];

    public CommandAudience Audience => CommandAudience.Committee;

    public bool AcceptsGluedArguments => true;

    public CommandHelp Help { get; } = new(MembershipTexts.HelpTopic, "添加党员", "添加党员 姓名 党小组", "添加党员并生成邀请码（党小组可省略）", Order: 30)
    {
        Example = "添加党员 张三 第一党小组",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (name, group) = MemberNameArguments.Split(arguments);
        if (name.Length == 0)
        {
            await turn.AskArgumentAsync(new ArgumentRequest(Keywords[0], MembershipTexts.AskMemberName), cancellationToken);
            return;
        }

        var added = await membership.AddMemberAsync(name, group.Length == 0 ? null : group, cancellationToken);
        await turn.SendAsync(added.Succeeded ? MembershipTexts.Added(added.Value!, clock.Zone) : MembershipProblemTexts.Say(added.Problem!), cancellationToken);
    }
}
