using System.Text;
using BranchBot.Core.PartyDevelopment;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.PartyDevelopment;

/// <summary>What the chat says about 发展党员 files.</summary>
public static class DevelopmentTexts
{
    public static readonly HelpTopic HelpTopic = new("入党发展", "入党发展", "发展党员台账：入党申请到转正的每一步和期限", Order: 35) { Aliases = ["入党"] };

    public const string AskName = "记录哪位同志的发展党员步骤？请发姓名。";

    public const string AskDate = "这一步是哪一天？例如「今天」「3月5日」「2026年3月5日」。";

    public const string AskReason = "请说明例外的原因（会记入档案并显示）：";

    public const string NoFiles = "还没有发展党员档案。收到入党申请书后发送「入党申请 姓名 日期」建档。";

    public const string ExceptionDeclined = "好的，没有记录。";

    public const string ApplyUsage = "请这样发送：入党申请 姓名 日期，例如「入党申请 张三 今天」。";

    public static string AskStep(string name) => $"记录{name}的哪一步？可点选，也可直接发送步骤名称。";

    public const string StepNotRead = "没有看懂是哪一步，请点选下面的一个步骤，或直接发送步骤名称。";

    public static string AskPeople(DevelopmentStepKind kind) => kind == DevelopmentStepKind.Introducers
        ? "两名入党介绍人是谁？请发两个姓名，用空格隔开。"
        : "培养联系人是谁？请发一至两个姓名，用空格隔开。";

    public const string AskExtensionMonths = "延长多久？请发「半年」「一年」或6至12之间的月数。";

    public static string DateNotRead(string text) => $"没有看懂「{text}」是哪一天，请再说一次，例如「3月5日」或「2026年3月5日」。";

    public static string Applied(DevelopmentRecord record, NextStep? next)
    {
        ArgumentNullException.ThrowIfNull(record);
        var text = new StringBuilder($"已为{record.Name}建立发展党员档案：{ChineseDateTimeFormatter.Format(record.DateOf(DevelopmentStepKind.Application)!.Value)}递交入党申请书。");
        AppendNext(text, next);
        return text.ToString();
    }

    public static string Recorded(DevelopmentRecord record, DevelopmentStep step, NextStep? next)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(step);
        var text = new StringBuilder($"已记录：{record.Name} {ChineseDateTimeFormatter.Format(step.Date)} {DevelopmentLabels.Step(step.Kind)}");
        if (step.People.Count > 0)
        {
            text.Append($"（{string.Join("、", step.People)}）");
        }

        text.Append($"。现为{DevelopmentLabels.Stage(record.Stage)}。");
        if (step.ExceptionReason is { } reason)
        {
            text.Append($"\n此步骤作为例外记录，原因：{reason}");
        }

        AppendNext(text, next);
        return text.ToString();
    }

    public static string File(DevelopmentLedgerLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var record = line.Record;
        var text = new StringBuilder($"【发展党员档案】{record.Name}，{DevelopmentLabels.Stage(record.Stage)}");
        if (record.PartyStandingFrom is { } standing)
        {
            text.Append($"，党龄自{ChineseDateTimeFormatter.Format(standing)}（预备期满之日）起算");
        }

        foreach (var step in record.Steps.OrderBy(s => s.Date).ThenBy(s => s.RecordedAt))
        {
            text.Append($"\n· {ChineseDateTimeFormatter.Format(step.Date)} {DevelopmentLabels.Step(step.Kind)}");
            if (step.People.Count > 0)
            {
                text.Append($"（{string.Join("、", step.People)}）");
            }

            if (step.ExtensionMonths is { } months)
            {
                text.Append($"，{months}个月");
            }

            if (step.Vote is { } vote)
            {
                text.Append($"，应到{vote.Expected}人、实到{vote.Present}人、赞成{vote.InFavour}人");
            }

            if (step.Note is { } note)
            {
                text.Append($"：{note}");
            }

            if (step.ExceptionReason is { } reason)
            {
                text.Append($"\n  ⚠ 例外记录（{DevelopmentRuleTexts.Explain(DevelopmentRules.Get(step.ExceptionTo ?? DevelopmentRuleId.NotBeforeEarlierStep))}），原因：{reason}");
            }
        }

        if (line.PoliticalReviewOverAYearOld is { } reviewed)
        {
            text.Append($"\n· {PoliticalReviewNote(reviewed)}");
        }

        foreach (var due in line.Due)
        {
            text.Append($"\n{(due.Overdue ? "⚠ 已逾期" : "· 期限")}：{DevelopmentLabels.Due(due.Kind)}，{ChineseDateTimeFormatter.Format(due.Date)}");
        }

        AppendNext(text, line.Next);
        if (AwaitingCommittee(record, line.Next) is { } awaiting)
        {
            text.Append($"\n{awaiting}");
        }

        return text.ToString();
    }

    /// <summary>
    /// For a file whose 支部大会 decision (延长预备期 or 取消资格) waits for the 党委 (第三十二条): what was decided and
    /// what to record once the 党委 has approved. A 取消资格 recorded before the approval was a step of its own waits
    /// here too, its data unchanged, so the approval that may have come long ago is asked for by its date.
    /// </summary>
    public static string? AwaitingCommittee(DevelopmentRecord record, NextStep? next)
    {
        ArgumentNullException.ThrowIfNull(record);
        var (decision, holds) = next?.Kind switch
        {
            DevelopmentStepKind.DisqualificationApproval => (DevelopmentStepKind.Disqualification, "批准后档案才办结，此前不能记录其他步骤"),
            DevelopmentStepKind.ExtensionApproval => (DevelopmentStepKind.Extension, "批准前不能讨论转正"),
            _ => ((DevelopmentStepKind?)null, string.Empty),
        };
        if (decision is not { } kind || record.DateOf(kind) is not { } decided)
        {
            return null;
        }

        var what = kind == DevelopmentStepKind.Disqualification ? $"取消{record.Name}的预备党员资格" : $"延长{record.Name}的预备期";
        return $"支部大会已于{ChineseDateTimeFormatter.Format(decided)}决定{what}，须报上级党委审批，{holds}。"
            + $"{RecordApprovalHint(record.Name, next!.Kind)}；党委早已批准、当时没有单独记录的，请补记党委批准的日期。";
    }

    /// <summary>The message that records the 党委's approval <paramref name="approval"/> of <paramref name="name"/>'s file.</summary>
    public static string RecordApprovalHint(string name, DevelopmentStepKind approval) =>
        $"党委批准后请发送「记录 {name} {DevelopmentLabels.Step(approval)} 批准日期」";

    /// <summary>Shown, never enforced: the 细则 sets no validity for a 政审.</summary>
    public static string PoliticalReviewNote(DateOnly reviewed) =>
        $"政治审查于{ChineseDateTimeFormatter.Format(reviewed)}进行，至支部大会（尚未召开的，至今天）已超过一年。《细则》未规定政审有效期，部分党委要求重新审查，请向上级党委确认。";

    public static string Ledger(IReadOnlyList<DevelopmentLedgerLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0)
        {
            return NoFiles;
        }

        var text = new StringBuilder($"【发展党员台账】共{lines.Count}人");
        var overdue = lines.Where(l => l.Overdue).ToList();
        if (overdue.Count > 0)
        {
            text.Append($"\n\n⚠ 有逾期事项（{overdue.Count}人）：");
            foreach (var line in overdue)
            {
                var items = line.Due.Where(d => d.Overdue).Select(d => $"{DevelopmentLabels.Due(d.Kind)}（{ChineseDateTimeFormatter.Format(d.Date)}）");
                text.Append($"\n· {line.Record.Name}，{DevelopmentLabels.Stage(line.Stage)}：{string.Join("；", items)}");
            }
        }

        foreach (var stage in lines.Select(l => l.Stage).Distinct().Order())
        {
            var names = lines.Where(l => l.Stage == stage).Select(l => l.Record.Name + (l.Next is { } next ? $"（下一步：{LedgerNext(l.Record, next)}）" : string.Empty));
            text.Append($"\n\n{DevelopmentLabels.Stage(stage)}：\n· {string.Join("\n· ", names)}");
        }

        text.Append("\n\n发送「发展党员 姓名」查看个人档案。");
        return text.ToString();
    }

    /// <summary>The next step as a 台账 line names it; a 党委 approval awaited says how to record it.</summary>
    private static string LedgerNext(DevelopmentRecord record, NextStep next) =>
        AwaitingCommittee(record, next) is null
            ? DevelopmentLabels.Step(next.Kind)
            : $"{DevelopmentLabels.Step(next.Kind)}，{RecordApprovalHint(record.Name, next.Kind)}";

    public static string OwnProgress(OwnDevelopmentProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var text = new StringBuilder($"{progress.Name}同志，你目前是{DevelopmentLabels.Stage(progress.Stage)}。");
        if (progress.Next is { } next)
        {
            text.Append($"\n下一步：{DevelopmentLabels.Step(next.Kind)}");
            if (next.Earliest is { } earliest)
            {
                text.Append($"，最早{ChineseDateTimeFormatter.Format(earliest)}");
            }

            text.Append('。');
        }

        text.Append("\n具体安排请与支部书记或培养联系人沟通。");
        return text.ToString();
    }

    public static string Problem(DevelopmentProblem problem, bool senderIsSecretary = false) => problem switch
    {
        DevelopmentProblem.CommitteeOnly => "发展党员档案只有书记、副书记和支委可以查看和记录。想了解自己的进度，请发送「我的入党进度」。",
        DevelopmentProblem.ExceptionSecretaryOnly => "只有支部书记可以作为例外记录。",
        DevelopmentProblem.NameMissing => AskName,
        DevelopmentProblem.NameTooLong tooLong => $"姓名最多{tooLong.MaxLength}个字。",
        DevelopmentProblem.NoteTooLong tooLong => $"说明最多{tooLong.MaxLength}个字，请精简后再发。",
        DevelopmentProblem.ExceptionReasonMissing => "作为例外记录需要写明原因，例如「记录 张三 发展对象 今天 例外 上级党委批准提前」。",
        DevelopmentProblem.NotOnFile notOnFile => $"没有找到「{notOnFile.Name}」的发展党员档案。收到入党申请书后请先发送「入党申请 {notOnFile.Name} 日期」建档。",
        DevelopmentProblem.NoOwnFile => "支部还没有你的发展党员档案。如已递交入党申请书，请联系支部书记。",
        DevelopmentProblem.AlreadyOnFile already => $"{already.Name}已有发展党员档案（{DevelopmentLabels.Stage(already.Stage)}），发送「发展党员 {already.Name}」查看。",
        DevelopmentProblem.FileClosed closed => $"{closed.Name}的档案已办结（{DevelopmentLabels.Stage(closed.Stage)}），不再记录新的步骤。",
        DevelopmentProblem.DateInFuture => "日期不能晚于今天：发展党员台账只记录已经发生的步骤。",
        DevelopmentProblem.AlreadyRecorded already => "这一步已经记录过了，不会重复记录。\n" + Recorded(already.Record, already.Step, DevelopmentSchedule.Next(already.Record)),
        DevelopmentProblem.RuleRefused refused => Refused(refused, senderIsSecretary),
        _ => "无法完成这项操作。",
    };

    public static string Refused(DevelopmentProblem.RuleRefused refused, bool senderIsSecretary)
    {
        ArgumentNullException.ThrowIfNull(refused);
        var text = $"不能记录「{DevelopmentLabels.Step(refused.Step)}」：{DevelopmentRuleTexts.Explain(refused.Rule)}。";
        if (!refused.Rule.AllowsException)
        {
            return text;
        }

        return senderIsSecretary
            ? text + "\n如确属特殊情况，可作为例外记录。"
            : text + "\n如确属特殊情况，请支部书记在消息末尾加「例外 原因」记录。";
    }

    public static string AskException(DevelopmentProblem.RuleRefused refused) => Refused(refused, senderIsSecretary: true) + "\n要作为例外记录吗？";

    private static void AppendNext(StringBuilder text, NextStep? next)
    {
        if (next is null)
        {
            return;
        }

        text.Append($"\n下一步：{DevelopmentLabels.Step(next.Kind)}");
        if (next.Earliest is { } earliest)
        {
            text.Append($"，最早{ChineseDateTimeFormatter.Format(earliest)}");
        }

        if (next.Deadline is { } deadline)
        {
            text.Append($"，应于{ChineseDateTimeFormatter.Format(deadline)}前完成");
        }

        text.Append('。');
    }
}
