using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Meetings;

/// <summary>会议记录 [序号] 内容: stores the minutes of the latest meeting that has started (or the n-th latest).</summary>
public sealed class MinutesCommand(MeetingService meetings, MeetingPresenter presenter) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["会议记录", "添加会议记录"];

    public CommandAudience Audience => CommandAudience.Committee;

    public CommandHelp Help { get; } = new("会议记录", "会议记录 序号 内容", "为已召开的会议添加会议记录（序号省略时为最近一次）", Order: 67);

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var recent = await meetings.ListRecentAsync(MeetingTexts.ListedMeetings, cancellationToken);
        if (recent.Count == 0)
        {
            await turn.SendAsync(MeetingTexts.NoRecentMeetings, cancellationToken);
            return;
        }

        var (number, content) = MeetingNumbers.TakeLeading(arguments);
        var index = (number ?? 1) - 1;
        if (index < 0 || index >= recent.Count)
        {
            await turn.SendAsync(MeetingTexts.RecentList(MeetingNumbers.Labels(recent.Select(presenter.Describe)), number!.Value, "会议记录"), cancellationToken);
            return;
        }

        var meeting = recent[index];
        if (content.Length == 0)
        {
            var prefix = (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await turn.AskArgumentAsync(new ArgumentRequest(Keywords[0], MeetingTexts.AskMinutes(presenter.Describe(meeting)), prefix), cancellationToken);
            return;
        }

        var saved = await meetings.AddMinutesAsync(meeting.Id, content, turn.Sender.Member!, cancellationToken);
        await turn.SendAsync(saved.Succeeded ? MeetingTexts.MinutesSaved(presenter.Describe(meeting), content.Length) : saved.Problem!, cancellationToken);
    }
}
