using System.Text;
using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Meetings;

/// <summary>近期安排: the sender's upcoming meetings with their own status (已签到, 已请假, …).</summary>
public sealed class UpcomingCommand(MeetingService meetings, IMeetingStore store, MeetingPresenter presenter) : IChatCommand
{
    private const int Shown = 10;

    public IReadOnlyList<string> Keywords { get; } = ["近期安排", "近期会议", "会议安排", "我的会议"];

    public CommandAudience Audience => CommandAudience.Members;

    public CommandHelp Help { get; } = new(MeetingTexts.HelpTopic, "近期安排", "近期安排", "查看你近期要参加的会议", Order: 50)
    {
        ShortcutFor = HelpShortcut.Everyone,
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var member = turn.Sender.Member!;
        var upcoming = await meetings.ListUpcomingForAsync(member, Shown, cancellationToken);
        if (upcoming.Count == 0)
        {
            await turn.SendAsync(MeetingTexts.NoUpcoming, cancellationToken);
            return;
        }

        var text = new StringBuilder($"你近期有 {upcoming.Count} 次会议：");
        for (var i = 0; i < upcoming.Count; i++)
        {
            var meeting = upcoming[i];
            var record = await store.GetAttendanceAsync(meeting.Id, member.Id, cancellationToken);
            text.Append('\n').Append(i + 1).Append(". ").Append(presenter.When(meeting.StartsAt))
                .Append(' ').Append(MeetingKinds.ToChinese(meeting.Kind))
                .Append(" · 地点：").Append(meeting.Place ?? MeetingTexts.NoPlace)
                .Append(meeting.Topic is { } topic ? " · 主题：" + topic : string.Empty) // an empty topic is no news to a member
                .Append(" · ").Append(MeetingTexts.Status(record?.Status));
        }

        await turn.SendWithButtonsAsync(text.ToString(), ["签到", "请假"], cancellationToken);
    }
}
