using BranchBot.Core.Broadcasts;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Broadcasts;

/// <summary>广播详情 &lt;编号&gt;: who has not received or not acknowledged a broadcast, by name and state, and the replies.</summary>
public sealed class BroadcastDetailCommand(BroadcastService broadcasts, BroadcastPicker picker, BranchClock clock) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["广播详情", "广播情况", "回执情况", "收到情况", "通知情况", "广播回执"];

    public CommandAudience Audience => CommandAudience.Committee;

    public bool AcceptsGluedArguments => true;

    public CommandHelp Help { get; } = new(BroadcastTexts.HelpTopic, "广播详情", "广播详情 编号", "查看一条广播谁未送达、谁未回执，以及成员的回复", Order: 82)
    {
        Example = "广播详情 3",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await picker.PickAsync(turn, Keywords[0], arguments, _ => true, cancellationToken, readsOnly: true) is not { } number)
        {
            return;
        }

        var detail = await broadcasts.GetDetailAsync(number, cancellationToken);
        if (!detail.Succeeded)
        {
            await turn.SendAsync(BroadcastTexts.Problem(detail.Problem!, clock), cancellationToken);
            return;
        }

        var broadcast = detail.Value!.Broadcast;
        var buttons = new List<string>();
        if (!broadcast.IsWithdrawn)
        {
            if (broadcast.RequiresAcknowledgement && detail.Value.NotAcknowledged.Count > 0 && broadcast.IsDue(clock.UtcNow))
            {
                buttons.Add(BroadcastTexts.RemindButton(number));
            }

            if (detail.Value.Counts.Unknown + detail.Value.Counts.Failed > 0)
            {
                buttons.Add(BroadcastTexts.ResendButton(number));
            }

            if (detail.Value.Counts.Pending > 0)
            {
                buttons.Add(BroadcastTexts.WithdrawButton(number));
            }
        }

        await turn.SendWithButtonsAsync(BroadcastTexts.Detail(detail.Value, clock.ToLocal, clock.UtcNow), buttons, cancellationToken);
    }
}
