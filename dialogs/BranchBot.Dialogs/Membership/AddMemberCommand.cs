using BranchBot.Core.Membership;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Intents;

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

        if (group.Length > 0 && await MisreadGroupAsync(turn, name, group, cancellationToken))
        {
            return;
        }

        var added = await membership.AddMemberAsync(name, group.Length == 0 ? null : group, cancellationToken);
        await turn.SendAsync(added.Succeeded ? MembershipTexts.Added(added.Value!, clock.Zone) : MembershipProblemTexts.Say(added.Problem!), cancellationToken);
    }

    /// <summary>
    /// A 党小组 that does not exist is created, unless it is surely a second person's name ("添加党员 赵磊 孙敏"): then
    /// nobody is added and the sender is told how to add each. A short form of an existing group is that group.
    /// </summary>
    /// <remarks>Several names after the first ("添加党员 陈静 王芳 张丽华") are read the same way: each must look like a name.</remarks>
    private async Task<bool> MisreadGroupAsync(BotTurn turn, string name, string group, CancellationToken cancellationToken)
    {
        var others = group.Split([' ', '、', '，', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (!others.All(SlotShapes.IsPersonName) || group.Contains('组', StringComparison.Ordinal)
            || (await membership.ListGroupsAsync(cancellationToken)).Any(g => NameRules.SameGroup(group, g.Name)))
        {
            return false;
        }

        await turn.SendAsync(MembershipTexts.GroupLooksLikeNames(name, others), cancellationToken);
        return true;
    }
}
