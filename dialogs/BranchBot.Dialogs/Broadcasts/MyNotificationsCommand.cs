using BranchBot.Core.Broadcasts;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Broadcasts;

/// <summary>我的通知: the broadcasts sent to the member, newest first, each 已读 or 未回执, with 收到 buttons for those awaiting it.</summary>
public sealed class MyNotificationsCommand(ReceivedBroadcasts received, BranchClock clock) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["我的通知", "我收到的通知"];

    public CommandAudience Audience => CommandAudience.Members;

    public CommandHelp Help { get; } = new(BroadcastTexts.HelpTopic, "我的通知", "我的通知", "查看最近收到的广播通知（最新的在前）和回执状态", Order: 79);

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var list = await received.ListAsync(turn.Sender.Member!, BroadcastTexts.ListedBroadcasts, cancellationToken);
        if (list.Count == 0)
        {
            await turn.SendAsync(MyNotificationsTexts.None, cancellationToken);
            return;
        }

        var buttons = list.Where(r => r.AwaitsAcknowledgement).Take(3).Select(r => BroadcastMessages.AcknowledgeValue(r.Broadcast.Number));
        await turn.SendWithButtonsAsync(MyNotificationsTexts.List(list, clock.ToLocal), buttons, cancellationToken);
    }
}
