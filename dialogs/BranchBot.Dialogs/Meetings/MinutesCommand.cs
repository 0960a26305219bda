using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Meetings;

/// <summary>会议记录 [序号] 内容: stores the minutes of the latest meeting that has started (or the n-th latest).</summary>
public sealed class MinutesCommand(RecentMeetingPicker picker, MeetingService meetings, MeetingPresenter presenter) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["会议记录", "添加会议记录"];

    public CommandAudience Audience => CommandAudience.Committee;

    public CommandHelp Help { get; } = new(MeetingTexts.HelpTopic, "会议记录", "会议记录 序号 内容", "为已召开的会议添加会议记录（序号省略时为最近一次）", Order: 67)
    {
        Example = "会议记录 1 学习了党章第二章，大家交流了学习体会",
        RefusalHint = "查看已召开会议的会议记录请发送「往期会议」。",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await picker.PickAsync(turn, arguments, "会议记录", cancellationToken) is not { } picked)
        {
            return;
        }

        var (meeting, number, content) = picked;
        if (content.Length == 0)
        {
            var prefix = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await turn.AskArgumentAsync(new ArgumentRequest(Keywords[0], MeetingTexts.AskMinutes(presenter.Describe(meeting)), prefix), cancellationToken);
            return;
        }

        var saved = await meetings.AddMinutesAsync(meeting.Id, content, turn.Sender.Member!, cancellationToken);
        await turn.SendAsync(saved.Succeeded ? MeetingTexts.MinutesSaved(presenter.Describe(meeting), content.Length) : MeetingProblemTexts.Say(saved.Problem!, presenter), cancellationToken);
    }
}
