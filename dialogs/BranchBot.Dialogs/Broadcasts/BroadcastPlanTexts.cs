using System.Text;
using BranchBot.Core.Broadcasts;
using BranchBot.Core.Broadcasts.Plans;
using BranchBot.Core.Meetings;
using BranchBot.Core.Notifications;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.Dialogs.Broadcasts;

/// <summary>Everything the 定期广播 conversations say.</summary>
public static class BroadcastPlanTexts
{
    public const string Recurring = "定期发送";

    public static readonly string[] RecurringSynonyms = ["定期", "每月发", "每季度发", "周期发送", "按月发"];
    public const string AskRecurrence = "多久发一次？例如：每月5日上午9点、每季度第一个月10日下午3点";
    public const string ListButton = "定期广播";
    public const string NoPlans = "还没有定期广播。发送「广播」写一条广播，在「什么时候发送」一步选「定期发送」。";
    public const string NoActivePlans = "没有进行中的定期广播。";
    public const string AskWhichPlan = "要停止哪一项定期广播？请回复编号：";
    private const int ListedStopped = 5;

    /// <summary>"定期广播 #2".</summary>
    public static string Title(int number) => $"定期广播 #{number}";

    public static string StopButton(int number) => $"停止定期广播 {number}";

    /// <summary>"定期广播3": how a plan is named in chat.</summary>
    public static string Name(int number) => $"定期广播{number}";

    /// <summary>How a plan's audience reads: "全体党员", "支委" or the group's name.</summary>
    public static string AudienceLabel(BroadcastAudience audience)
    {
        ArgumentNullException.ThrowIfNull(audience);
        return audience.Kind switch
        {
            BroadcastAudienceKind.Committee => "支委",
            BroadcastAudienceKind.Secretaries => "支部书记、副书记",
            BroadcastAudienceKind.Group => audience.GroupName ?? "党小组",
            _ => "全体党员",
        };
    }

    public static string Problem(BroadcastPlanProblem problem, BranchClock clock)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem switch
        {
            BroadcastPlanProblem.Broadcast refused => BroadcastTexts.Problem(refused.Problem, clock),
            BroadcastPlanProblem.CannotRecur => "定期广播只能发给全体党员、支委或某个党小组。",
            BroadcastPlanProblem.ImpossibleRecurrence impossible => RecurrenceCalendar.Check(impossible.Recurrence) is { } reason ? MeetingProblemTexts.Say(reason) : "这个发送规律排不出发送日期。",
            BroadcastPlanProblem.NotFound notFound => $"找不到{Name(notFound.Number)}。发送「定期广播」查看现有的定期广播。",
            BroadcastPlanProblem.NotAllowedToStop => "只有发起人、书记和副书记可以停止这项定期广播。",
            BroadcastPlanProblem.AlreadyStopped stopped => $"{Name(stopped.Number)}已经停止了。",
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "A plan problem without wording."),
        };
    }

    /// <summary>Why a plan stopped by itself: "发起人李四已不是支委，定期广播已自动停止。"</summary>
    public static string StopReason(BroadcastPlanStopReason reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return reason switch
        {
            BroadcastPlanStopReason.AuthorNotCommittee notCommittee => $"发起人{notCommittee.AuthorName}已不是支委，定期广播已自动停止。",
            BroadcastPlanStopReason.AuthorLeft => "发起人已不在支部，定期广播已自动停止。",
            BroadcastPlanStopReason.Worded worded => worded.Text,
            _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "A stop reason without wording."),
        };
    }

    /// <summary>Why the last occurrence was not sent: "12月5日（星期六）09:00这次没有发送：…"</summary>
    public static string Skipped(SkippedOccurrence skipped, BranchClock clock)
    {
        ArgumentNullException.ThrowIfNull(skipped);
        return skipped switch
        {
            SkippedOccurrence.Refused refused => $"{BroadcastTexts.When(refused.At, clock)}这次没有发送：{BroadcastTexts.Problem(refused.Problem, clock)}",
            SkippedOccurrence.Worded worded => worded.Text,
            _ => throw new ArgumentOutOfRangeException(nameof(skipped), skipped, "A skipped occurrence without wording."),
        };
    }

    /// <summary>"每月5日 09:00" or "每季度第1个月10日 15:00", as meeting plans read.</summary>
    public static string Rhythm(Recurrence recurrence) => MeetingTexts.Rhythm(recurrence);

    /// <summary>The rhythm typed in the 定期发送 step, or why it cannot be used (said before asking again).</summary>
    public static (Recurrence? Recurrence, string? Problem) ReadRecurrence(string typed, BranchClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var reading = PlanRequestParser.ReadRecurrence(typed, clock.UtcNow, clock.Zone);
        if (reading is null)
        {
            return (null, "请以「每月」或「每季度」开头。\n");
        }

        if (reading.Problem is { } problem)
        {
            return (null, problem + "\n");
        }

        if (reading.Recurrence is not { } recurrence)
        {
            return (null, reading.DayOfMonth is null ? "没有看出是几日发送。\n" : "没有看出几点发送。\n");
        }

        return RecurrenceCalendar.Check(recurrence) is { } impossible ? (null, MeetingProblemTexts.Say(impossible) + "\n") : (recurrence, null);
    }

    public static string Preview(string text, Recurrence recurrence, BroadcastPlanPreview preview, bool acknowledgement, DateTimeOffset nextLocal)
    {
        ArgumentNullException.ThrowIfNull(preview);
        var recipients = preview.Recipients;
        var builder = new StringBuilder("请确认定期广播：\n")
            .Append("内容：").Append(text).Append('\n')
            .Append("对象：").Append(recipients.AudienceLabel).Append('（').Append(recipients.Recipients.Count).Append("人）\n")
            .Append("需要回执：").Append(acknowledgement ? "是" : "否").Append('\n')
            .Append("发送时间：").Append(Rhythm(recurrence)).Append(" 定期发送，下次 ").Append(BroadcastTexts.When(nextLocal))
            .Append("，当前 ").Append(recipients.Recipients.Count).Append(" 人");
        if (recipients.Unreachable.Count > 0)
        {
            builder.Append("\n其中 ").Append(recipients.Unreachable.Count).Append(" 人尚未通过聊天加入，无法送达：")
                .Append(string.Join("、", recipients.Unreachable.Select(m => m.Name)));
        }

        return builder.Append("\n每次按当时的名单发送，提前一天多排成定时广播，可在「广播记录」中查看或撤回。").ToString();
    }

    /// <summary>The answer to a 确认 that arrives again after the plan was made: nothing is created twice.</summary>
    public static string AlreadyCreated(int number) => $"已创建（{Title(number)}），不会重复创建。";

    public static string Created(BroadcastPlanCreated created, Func<DateTimeOffset, DateTimeOffset> toLocal)
    {
        ArgumentNullException.ThrowIfNull(created);
        ArgumentNullException.ThrowIfNull(toLocal);
        var plan = created.Plan;
        var builder = new StringBuilder("已创建").Append(Title(plan.Number)).Append('：').Append(Rhythm(plan.Recurrence))
            .Append(" 发送给").Append(AudienceLabel(plan.Audience)).Append('。');
        if (created.NextOccurrence is { } next)
        {
            builder.Append("下次 ").Append(BroadcastTexts.When(toLocal(next))).Append('。');
        }

        foreach (var broadcast in created.Scheduled)
        {
            builder.Append("\n已安排").Append(BroadcastTexts.Title(broadcast.Number)).Append("于 ").Append(BroadcastTexts.When(toLocal(broadcast.SendsAt)))
                .Append(" 发送，发送前可用「").Append(BroadcastTexts.WithdrawButton(broadcast.Number)).Append("」取消这一次。");
        }

        return builder.Append("\n发送「").Append(StopButton(plan.Number)).Append("」可停止。").ToString();
    }

    public static string List(IReadOnlyList<BroadcastPlanSummary> summaries, BranchClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        Func<DateTimeOffset, DateTimeOffset> toLocal = clock.ToLocal;
        ArgumentNullException.ThrowIfNull(summaries);
        var active = summaries.Where(s => s.Plan.IsActive).ToList();
        var builder = new StringBuilder(active.Count == 0 ? NoActivePlans : $"进行中的定期广播 {active.Count} 项：");
        foreach (var summary in active)
        {
            var plan = summary.Plan;
            builder.Append("\n#").Append(plan.Number).Append(' ').Append(Rhythm(plan.Recurrence)).Append(" · ").Append(summary.AudienceLabel);
            if (summary.NextOccurrence is { } next)
            {
                builder.Append(" · 下次 ").Append(BroadcastTexts.When(toLocal(next)));
            }

            builder.Append("\n   「").Append(MarkdownText.Escape(BroadcastTexts.Excerpt(plan.Text))).Append("」（").Append(summary.AuthorName).Append('）');
            if (plan.LastProblem is { } problem)
            {
                builder.Append("\n   ").Append(Skipped(problem, clock));
            }
        }

        var stopped = summaries.Where(s => !s.Plan.IsActive).Take(ListedStopped).ToList();
        if (stopped.Count > 0)
        {
            builder.Append("\n已停止：");
            foreach (var summary in stopped)
            {
                var plan = summary.Plan;
                builder.Append("\n#").Append(plan.Number).Append(' ').Append(Rhythm(plan.Recurrence)).Append(' ').Append(summary.AudienceLabel)
                    .Append("「").Append(MarkdownText.Escape(BroadcastTexts.Excerpt(plan.Text, 12))).Append("」（").Append(BroadcastTexts.When(toLocal(plan.StoppedAt!.Value))).Append("停止");
                if (plan.StopReason is { } reason)
                {
                    builder.Append("：").Append(StopReason(reason));
                }

                builder.Append('）');
            }
        }

        if (active.Count > 0)
        {
            builder.Append("\n要停止某一项，请发送「停止定期广播 编号」。");
        }

        return builder.ToString();
    }

    public static string Stopped(BroadcastPlan plan) =>
        $"已停止{Title(plan.Number)}（{Rhythm(plan.Recurrence)} {AudienceLabel(plan.Audience)}），之后不再生成新的广播。"
        + "已排成定时广播的一次（36小时内）不受影响，如需取消，请在「广播记录」中找到它并「撤回 编号」。";
}
