using System.Text;
using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Meetings;

/// <summary>定期安排: the running recurring plans, numbered for 停止定期安排.</summary>
public sealed class PlansCommand(PlanService plans, MeetingPresenter presenter) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["定期安排", "定期会议"];

    public CommandAudience Audience => CommandAudience.Committee;

    public CommandHelp Help { get; } = new(MeetingTexts.HelpTopic, "定期安排", "定期安排", "查看每月、每季度自动安排的会议计划", Order: 63);

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var running = await plans.ListPlansAsync(cancellationToken);
        if (running.Count == 0)
        {
            await turn.SendAsync(MeetingTexts.NoPlans, cancellationToken);
            return;
        }

        var text = new StringBuilder($"定期安排 {running.Count} 项：");
        for (var i = 0; i < running.Count; i++)
        {
            var plan = running[i];
            text.Append('\n').Append(i + 1).Append(". ").Append(MeetingTexts.Rhythm(plan.Recurrence)).Append(' ').Append(MeetingKinds.ToChinese(plan.Kind))
                .Append(" · 地点：").Append(plan.Place ?? MeetingTexts.NoPlace)
                .Append(" · 主题：").Append(plan.Topic ?? MeetingTexts.NoTopic)
                .Append(" · 参加：").Append(await presenter.AudienceAsync(plan.Audience, cancellationToken));
        }

        text.Append("\n要停止某一项，请发送「停止定期安排 序号」。已创建的会议不受影响，可用「取消会议」逐个取消。");
        await turn.SendAsync(text.ToString(), cancellationToken);
    }
}

/// <summary>停止定期安排 序号: stops one recurring plan; meetings it already created stay.</summary>
public sealed class StopPlanCommand(PlanService plans, MeetingPresenter presenter) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["停止定期安排", "取消定期安排"];

    public CommandAudience Audience => CommandAudience.Committee;

    public CommandHelp Help { get; } = new(MeetingTexts.HelpTopic, "停止定期安排", "停止定期安排 序号", "停止一项定期安排", Order: 64)
    {
        Example = "停止定期安排 1",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var running = await plans.ListPlansAsync(cancellationToken);
        var (number, _) = MeetingNumbers.TakeLeading(arguments);
        if (running.Count == 0)
        {
            await turn.SendAsync(MeetingTexts.NoPlans, cancellationToken);
            return;
        }

        if (number is not { } n || n < 1 || n > running.Count)
        {
            var labels = MeetingNumbers.Labels(running.Select(p => $"{MeetingTexts.Rhythm(p.Recurrence)} {MeetingKinds.ToChinese(p.Kind)}"));
            var numbers = labels.Select((_, i) => (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var prompt = MeetingTexts.AskWhichPlan + "\n" + string.Join('\n', labels);
            await turn.AskArgumentAsync(new ArgumentRequest(Keywords[0], prompt, Choices: numbers, ChoicesOnly: true), cancellationToken);
            return;
        }

        var stopped = await plans.StopPlanAsync(running[n - 1].Id, turn.Sender.Member!, cancellationToken);
        await turn.SendAsync(
            stopped.Succeeded ? MeetingTexts.PlanStopped($"{MeetingTexts.Rhythm(stopped.Value!.Recurrence)} {MeetingKinds.ToChinese(stopped.Value.Kind)}") : MeetingProblemTexts.Say(stopped.Problem!, presenter),
            cancellationToken);
    }
}
