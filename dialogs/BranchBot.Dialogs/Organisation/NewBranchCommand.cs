using BranchBot.Core.Organisation;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.Dialogs.Organisation;

/// <summary>
/// 新建支部 名称 [上级党总支]: a 党委 role holder adds a branch and gets its one-time 书记邀请码. The name is the first
/// word, the 党总支 it belongs under the rest.
/// </summary>
public sealed class NewBranchCommand(BranchCreationService branches, BranchClock clock) : IChatCommand
{
    public const string Keyword = "新建支部";

    public IReadOnlyList<string> Keywords { get; } = [Keyword, "创建支部", "添加支部"];

    public CommandAudience Audience => CommandAudience.Members;

    public bool AcceptsGluedArguments => true;

    public bool IsOfferedTo(Sender sender) => sender?.IsCommittee == true;

    public CommandHelp Help { get; } = new(MeetingTexts.HelpTopic, Keyword, "新建支部 名称 [上级党总支]", "党委新建一个支部，得到一次性的书记邀请码", Order: 202)
    {
        Example = "新建支部 第三党支部",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var words = (arguments ?? string.Empty).Split([' ', '\u3000'], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            await turn.AskArgumentAsync(new ArgumentRequest(Keyword, NewBranchTexts.AskName), cancellationToken);
            return;
        }

        var created = await branches.CreateAsync(words[0], words.Length > 1 ? words[1] : null, turn.Sender.Member!.Id, cancellationToken);
        await turn.SendAsync(created.Succeeded ? NewBranchTexts.Created(created.Value!, clock.Zone) : NewBranchTexts.Problem(created.Problem!), cancellationToken);
    }
}
