using BranchBot.Core.Talks;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Engine;

namespace BranchBot.Dialogs.Talks;

/// <summary>
/// 谈心记录 [姓名]: a member's own talk records and feedback; the secretary anyone's, or all recent ones. Who may read
/// what, and the audit log of views, are the domain's (TalkRecordService).
/// </summary>
public sealed class TalkRecordsCommand(TalkRecordService talks) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["谈心记录", "谈话记录"];

    public CommandAudience Audience => CommandAudience.Members;

    public bool AcceptsGluedArguments => true;

    public CommandHelp Help { get; } = new(TalkTexts.HelpTopic, "谈心记录", "谈心记录 [姓名]", "查看你的谈心谈话记录和谈心反馈（书记可查看全部）", Order: 76)
    {
        Example = "谈心记录 张三",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var name = TextNormalizer.StripTrailingPunctuation(arguments);
        var viewer = turn.Sender.Member!;
        var listed = await talks.ListForAsync(viewer, name.Length == 0 ? null : name, cancellationToken);
        await turn.SendAsync(
            listed.Succeeded ? TalkTexts.RecordList(listed.Value!, viewer, turn.Sender.IsSecretary) : TalkTexts.Problem(listed.Problem!),
            cancellationToken);
    }
}
