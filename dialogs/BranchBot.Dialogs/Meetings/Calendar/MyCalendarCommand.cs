using BranchBot.Core.Calendar;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Meetings.Calendar;

/// <summary>我的日历: the sender's private .ics subscription link and how to add it to a phone calendar (shown once: only its hash is kept).</summary>
public sealed class MyCalendarCommand(CalendarLinkService links) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["我的日历", "日历订阅", "订阅日历"];

    public CommandAudience Audience => CommandAudience.Members;

    public CommandHelp Help { get; } = new(MeetingTexts.HelpTopic, "我的日历", "我的日历", "获取个人日历订阅链接，把组织生活安排同步到手机日历", Order: 45);

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Activity.Conversation?.IsGroup == true)
        {
            await turn.SendAsync(CalendarTexts.PrivateChatOnly, cancellationToken);
            return;
        }

        var url = await links.NewLinkUnlessIssuedAsync(turn.Sender.Member!, cancellationToken);
        await turn.SendAsync(url is null ? CalendarTexts.AlreadyIssued : CalendarTexts.Link(url), cancellationToken);
    }
}
