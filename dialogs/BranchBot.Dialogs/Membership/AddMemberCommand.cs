using BranchBot.Core.Membership;
using BranchBot.Core.Text;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Intents;

namespace BranchBot.Dialogs.Membership;

/// <summary>
/// 添加党员 姓名 [党小组]: creates the member and answers with their one-time 邀请码. A 党小组 that does not exist is
/// never created silently: the sender is asked whether to create it, take an existing one, or leave the member ungrouped.
/// </summary>
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
            await turn.AskArgumentAsync(new ArgumentRequest(Keywords[0], MembershipTexts.AskMemberName, NameOrCode: true), cancellationToken);
            return;
        }

        if (group == MembershipTexts.NoGroup)
        {
            group = string.Empty;
        }
        else if (group.StartsWith(MembershipTexts.CreateGroup + " ", StringComparison.Ordinal))
        {
            // The answer to the question below: create the group as typed.
            group = group[(MembershipTexts.CreateGroup.Length + 1)..].Trim();
        }
        else if (group.Length > 0 && (await MisreadGroupAsync(turn, name, group, cancellationToken) || await AskAboutNewGroupAsync(turn, name, group, cancellationToken)))
        {
            return;
        }

        var added = await membership.AddMemberAsync(name, group.Length == 0 ? null : group, cancellationToken);
        await turn.SendAsync(added.Succeeded ? MembershipTexts.Added(added.Value!, clock.Zone) : MembershipProblemTexts.Say(added.Problem!), cancellationToken);
    }

    /// <summary>
    /// "新增党员 何志强 二组" with no such group (nor one it is a short form of): asks whether to create it, with the
    /// existing groups and "no group" beside. A name already on the roster is left to the service to refuse first.
    /// </summary>
    private async Task<bool> AskAboutNewGroupAsync(BotTurn turn, string name, string group, CancellationToken cancellationToken)
    {
        // A name or group the service would refuse is refused by it first, with its reason.
        var cleanName = NameRules.CleanName(name, TextField.MemberName);
        var cleanGroup = NameRules.CleanName(group, TextField.GroupName);
        if (!cleanName.Succeeded || !cleanGroup.Succeeded)
        {
            return false;
        }

        group = cleanGroup.Value!;
        var groups = await membership.ListGroupsAsync(cancellationToken);
        if (groups.Any(g => NameRules.SameGroup(group, g.Name)) || await membership.FindByNameAsync(cleanName.Value!, cancellationToken) is not null)
        {
            return false;
        }

        var existing = groups.Select(g => g.Name).Order(StringComparer.Ordinal).ToList();
        await turn.AskArgumentAsync(
            new ArgumentRequest(
                Keywords[0],
                MembershipTexts.AskAboutNewGroup(name, group, existing.Count > 0),
                name,
                [$"{MembershipTexts.CreateGroup} {group}", .. existing, MembershipTexts.NoGroup],
                ChoicesOnly: true),
            cancellationToken);
        return true;
    }

    /// <summary>
    /// A 党小组 that does not exist is asked about, unless it is surely a second person's name ("添加党员 赵磊 孙敏"): then
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
