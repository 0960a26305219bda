using BranchBot.Core.Calendar;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Meetings.Calendar;

/// <summary>重置日历链接: revokes the sender's feed link and gives a new one (after a leak or a lost phone).</summary>
public sealed class ResetCalendarLinkCommand(CalendarLinkService links) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["重置日历链接", "重置日历"];

    public CommandAudience Audience => CommandAudience.Members;

    // Offered from the 我的日历 reply rather than the help list, which stays short.
    public CommandHelp? Help => null;

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Activity.Conversation?.IsGroup == true)
        {
            await turn.SendAsync(CalendarTexts.PrivateChatOnly, cancellationToken);
            return;
        }

        var url = await links.ResetAsync(turn.Sender.Member!, cancellationToken);
        await turn.SendAsync(CalendarTexts.Reset(url), cancellationToken);
    }
}
