using BranchBot.Core.Broadcasts.Plans;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Broadcasts;

/// <summary>定期广播: the running recurring broadcasts (number, rhythm, audience, next time) and, briefly, stopped ones.</summary>
public sealed class BroadcastPlansCommand(BroadcastPlanService plans, BranchClock clock) : IChatCommand
{
    private const int StopButtons = 3;

    public IReadOnlyList<string> Keywords { get; } = ["定期广播", "定期广播列表"];

    public CommandAudience Audience => CommandAudience.Committee;

    public CommandHelp Help { get; } = new(BroadcastTexts.HelpTopic, "定期广播", "定期广播", "查看每月、每季度自动发送的定期广播（写广播时选「定期发送」创建）", Order: 88);

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var summaries = await plans.ListAsync(cancellationToken);
        if (summaries.Count == 0)
        {
            await turn.SendAsync(BroadcastPlanTexts.NoPlans, cancellationToken);
            return;
        }

        await turn.SendWithButtonsAsync(
            BroadcastPlanTexts.List(summaries, clock),
            summaries.Where(s => s.Plan.IsActive).Take(StopButtons).Select(s => BroadcastPlanTexts.StopButton(s.Plan.Number)),
            cancellationToken);
    }
}

/// <summary>停止定期广播 编号: stops a plan; the broadcast it already scheduled stays, to be 撤回'd.</summary>
public sealed class StopBroadcastPlanCommand(BroadcastPlanService plans, BranchClock clock) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["停止定期广播", "取消定期广播"];

    public CommandAudience Audience => CommandAudience.Committee;

    public CommandHelp Help { get; } = new(BroadcastTexts.HelpTopic, "停止定期广播", "停止定期广播 编号", "停止一项定期广播", Order: 89)
    {
        Example = "停止定期广播 1",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (number, _) = BroadcastNumbers.TakeLeading(arguments, bareNumberAllowed: true);
        if (number is not { } n)
        {
            var active = (await plans.ListAsync(cancellationToken)).Where(s => s.Plan.IsActive).ToList();
            if (active.Count == 0)
            {
                await turn.SendAsync(BroadcastPlanTexts.NoActivePlans, cancellationToken);
                return;
            }

            var prompt = BroadcastPlanTexts.AskWhichPlan + "\n" + string.Join('\n', active.Select(s =>
                $"{s.Plan.Number}. {BroadcastPlanTexts.Rhythm(s.Plan.Recurrence)} {s.AudienceLabel}「{BroadcastTexts.Excerpt(s.Plan.Text, 12)}」"));
            var numbers = active.Select(s => s.Plan.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            await turn.AskArgumentAsync(new ArgumentRequest(Keywords[0], prompt, Choices: numbers, ChoicesOnly: true), cancellationToken);
            return;
        }

        var stopped = await plans.StopAsync(n, turn.Sender.Member!, cancellationToken);
        await turn.SendAsync(stopped.Succeeded ? BroadcastPlanTexts.Stopped(stopped.Value!) : BroadcastPlanTexts.Problem(stopped.Problem!, clock), cancellationToken);
    }
}
