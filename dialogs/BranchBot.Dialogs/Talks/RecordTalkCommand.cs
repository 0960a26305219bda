using BranchBot.Core.Talks;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Membership;

namespace BranchBot.Dialogs.Talks;

/// <summary>
/// 记录谈心 &lt;姓名&gt; &lt;内容&gt;: records a face-to-face talk held today between the sender and that member. With
/// less than that, a guided dialog asks who, when, how, what was discussed, issues found and follow-up.
/// </summary>
public sealed class RecordTalkCommand(TalkRecorder recorder) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["记录谈心", "记录谈话", "谈心登记"];

    public CommandAudience Audience => CommandAudience.Members;

    public CommandHelp Help { get; } = new(TalkTexts.HelpTopic, "记录谈心", "记录谈心 姓名 谈话内容", "记录你和某位同志的谈心谈话（也可只发「记录谈心」按提示填写）", Order: 73)
    {
        Example = "记录谈心 张三 谈了近期的学习和工作情况",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (name, content) = MemberNameArguments.Split(arguments);
        if (name.Length == 0 || content.Length == 0)
        {
            var form = new TalkEntryForm { Partner = name.Length == 0 ? null : name };
            await turn.BeginDialogAsync(RecordTalkDialog.DialogId, form, cancellationToken);
            return;
        }

        await turn.SendAsync(await recorder.RecordAsync(turn.Sender.Member!, name, new TalkEntry(content), cancellationToken), cancellationToken);
    }
}
