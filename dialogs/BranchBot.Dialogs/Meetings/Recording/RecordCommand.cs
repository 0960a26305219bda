using BranchBot.Core.Meetings;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Meetings.Recording;

/// <summary>
/// 补录 [时间] [类型] [主题] [地点…] [出席 …] [请假 …]: records a meeting already held (summary first, saved on 确认),
/// so the 台账 also shows meetings held on paper. 书记, 副书记 and 支委 only.
/// </summary>
public sealed class RecordCommand(BranchClock clock) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["补录", "补录会议"];

    public CommandAudience Audience => CommandAudience.Committee;

    public bool AcceptsGluedArguments => true;

    public CommandHelp Help { get; } = new(
        MeetingTexts.HelpTopic,
        "补录会议",
        "补录 时间 类型 主题 地点… 出席 姓名… 请假 姓名…",
        "登记已经召开过的会议（如启用本系统前在纸上记录的），计入台账和出勤统计，不发通知；也可只发「补录」按提示填写",
        Order: 61)
    {
        ButtonValue = RecordRequestParser.Keyword,
        Example = "补录 10月15日下午3点 党员大会 学习党章 地点党员活动室 出席 张三 李四 请假 王五",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Sender.Member is not { } member || !RecordedMeetingService.MayRecord(member))
        {
            await turn.SendAsync(MeetingProblemTexts.NotAllowedToRecord, cancellationToken);
            return;
        }

        await turn.BeginDialogAsync(RecordMeetingDialog.DialogId, RecordRequestParser.Parse(arguments, clock.Now, clock.Zone), cancellationToken);
    }
}
