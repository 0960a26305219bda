using BranchBot.Core.Membership;
using BranchBot.Core.Notifications;
using BranchBot.Core.Talks;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Prompts;

namespace BranchBot.Dialogs.Talks;

/// <summary>
/// 谈心安排: shows what the domain planner would do with this year's missing pairs, stores the plan on 确认 and tells
/// each member whom to talk with and by when (the secretary reads their own part in the reply).
/// </summary>
public sealed class TalkPlanDialog : WaterfallDialog
{
    public const string DialogId = "talks.plan";

    /// <summary>The preview's key in the dialog state: a 确认 that arrives twice stores and announces one plan.</summary>
    private const string PlanKey = "planKey";

    public TalkPlanDialog(TalkCoverageService coverage, TalkPlanService plans, MembershipService membership, TalkNotifier notifier, BranchClock clock)
        : base(DialogId, [
            (step, ct) => PreviewAsync(coverage, membership, clock, step, ct),
            (step, ct) => StoreAsync(plans, notifier, step, ct),
        ])
    {
    }

    private static async Task<DialogTurnResult> PreviewAsync(
        TalkCoverageService coverage, MembershipService membership, BranchClock clock, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var year = coverage.CurrentYear;
        var current = await coverage.CoverageAsync(year, cancellationToken);
        if (current.IsComplete)
        {
            await step.DialogContext.SendAsync(TalkTexts.NothingToPlan(year), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        // The same planner and inputs TalkPlanService.PlanAsync uses, so the preview is the plan that 确认 stores.
        var active = (await membership.ListMembersAsync(cancellationToken)).Where(m => m.IsActive).ToList();
        var yearEnd = new DateOnly(year, 12, 31);
        var pairs = current.Uncovered.Select(u => u.Pair).ToList();
        var plan = TalkPairingPlanner.Plan(pairs, active, DateOnly.FromDateTime(clock.Now.DateTime), yearEnd);
        var people = pairs.SelectMany(p => new[] { p.FirstId, p.SecondId }).Distinct(StringComparer.Ordinal).Count();
        step.Values.Set(PlanKey, Guid.NewGuid().ToString("N"));
        return await step.PromptAsync(
            PromptIds.Confirm,
            new PromptOptions { Prompt = TalkTexts.PlanPreview(current, plan, people, yearEnd), Choices = [Choice.Of(TalkTexts.Confirm), Choice.Of(TalkTexts.Cancel)] },
            cancellationToken);
    }

    private static async Task<DialogTurnResult> StoreAsync(TalkPlanService plans, TalkNotifier notifier, WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not true)
        {
            await step.DialogContext.SendAsync(TalkTexts.PlanNotStored, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var secretary = Sender.Of(step.DialogContext).Member!;
        var stored = await plans.PlanAsync(secretary, step.Values.Get<string>(PlanKey), cancellationToken);
        if (stored.Value is { MadeBefore: true } made)
        {
            await step.DialogContext.SendAsync(TalkTexts.PlanAlreadyStored(made.Assignments.Count), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (!stored.Succeeded)
        {
            await step.DialogContext.SendAsync(TalkTexts.Problem(stored.Problem!), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var perMember = stored.Value!.Assignments
            .SelectMany(a => new[] { (Member: a.First, Partner: a.Second, a.Assignment.DueDate), (Member: a.Second, Partner: a.First, a.Assignment.DueDate) })
            .GroupBy(t => t.Member.Id, StringComparer.Ordinal)
            .ToList();

        var planKey = stored.Value.Assignments.Select(a => a.Assignment.PlanKey ?? a.Assignment.Id).FirstOrDefault() ?? string.Empty;
        var told = 0;
        var unreached = new List<Member>();
        string? own = null;
        foreach (var talks in perMember)
        {
            var member = talks.First().Member;
            var mine = talks.Select(t => (t.Partner, t.DueDate)).ToList();
            if (member.Id == secretary.Id)
            {
                own = TalkTexts.OwnPlan(mine);
                continue;
            }

            var notice = new Notification(TalkTexts.PlanForMember(mine), ["记录谈心"]) { Key = NoticeKeys.Of("talk-plan", planKey, member.Id) };
            var result = await notifier.NotifyAsync([member], notice, cancellationToken);
            if (result.Delivered > 0)
            {
                told++;
            }
            else
            {
                unreached.Add(member);
            }
        }

        var reply = TalkTexts.PlanStored(stored.Value, told, unreached);
        await step.DialogContext.SendAsync(own is null ? reply : $"{reply}\n{own}", cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
