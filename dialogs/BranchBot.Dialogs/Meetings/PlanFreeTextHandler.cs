using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// "每月15日下午3点 主题党日 …" without 安排: taken as a recurring plan when the message names a day, a time and a
/// kind and the sender may arrange meetings; anything else ("每月党费交多少") goes on to the knowledge base.
/// </summary>
public sealed class PlanFreeTextHandler(BranchClock clock) : IFreeTextHandler
{
    public int Order => 10;

    public async Task<bool> TryHandleAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!ArrangeCommand.MayArrange(turn.Sender) || PlanRequestParser.Parse(turn.Text, clock.Now, clock.Zone) is not { } plan
            || plan.DayOfMonth is null || plan.Time is null || plan.Kind is null)
        {
            return false;
        }

        await turn.BeginDialogAsync(PlanDialog.DialogId, PlanForm.From(plan), cancellationToken);
        return true;
    }
}
