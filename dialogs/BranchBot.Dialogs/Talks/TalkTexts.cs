using System.Globalization;
using System.Text;
using BranchBot.Core.Membership;
using BranchBot.Core.Notifications;
using BranchBot.Core.Talks;
using BranchBot.Dialogs.Meetings;
using BranchBot.Dialogs.Recognizers;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Talks;

/// <summary>What the 谈心谈话 commands say (suggestions, talk records, coverage, planning, follow-ups, audit log).</summary>
internal static partial class TalkTexts
{
    /// <summary>The 帮助 topic of this feature's commands.</summary>
    public static readonly HelpTopic HelpTopic = new("谈心谈话", "谈心谈话", "谈心谈话、匿名建议和困难党员走访", Order: 30) { Aliases = ["谈话"] };

    public const string Confirm = "确认";

    /// <summary>"11月25日（星期三）", with the year when it is not <paramref name="thisYear"/>.</summary>
    public static string Day(DateOnly date, int? thisYear = null) =>
        (thisYear is { } year && year != date.Year ? $"{date.Year}年" : string.Empty) + $"{date.Month}月{date.Day}日（{DateTimeTexts.Weekday(date.DayOfWeek)}）";

    public static string ShortDay(DateOnly date) => $"{date.Month}月{date.Day}日";

    public static string Names(IEnumerable<Member> members) => string.Join("、", members.Select(m => m.Name));

    // 匿名建议

    public const string AskSuggestion = "请写下你的建议。它会匿名提交：支部不会记录你的姓名、账号或任何身份信息。";

    public const string SuggestionSent =
        "已匿名提交你的建议，谢谢！\n支部只保存建议内容和提交日期，不保存你的姓名、账号等任何身份信息，书记看到时也不知道是谁提的。";

    public const string NoSuggestions = "目前还没有匿名建议。";

    public static string SuggestionList(IReadOnlyList<SuggestionView> suggestions)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        var text = new StringBuilder($"匿名建议 {suggestions.Count} 条（匿名提交，不含提交人信息）：");
        for (var i = 0; i < suggestions.Count; i++)
        {
            text.Append('\n').Append(i + 1).Append(". ").Append(ShortDay(suggestions[i].Date)).Append('：').Append(MarkdownText.Escape(suggestions[i].Text));
        }

        return text.ToString();
    }

    // 记录谈心

    public const string AskTalkPartner = "和谁谈的？请输入对方姓名。";
    public const string AskTalkDate = "是哪天谈的？例如「今天」「昨天」「11月20日」。";
    public const string AskTalkForm = "以什么形式谈的？";
    public const string AskTalkTopics = "主要谈了哪些内容？";
    public const string AskTalkIssues = "谈话中发现了什么问题或困难？（没有可回复「跳过」）";
    public const string AskTalkFollowUp = "需要做哪些后续跟进？（没有可回复「跳过」）";
    public const string TalkNotRecorded = "好的，没有记录。";
    public const string NotStated = "（无）";

    public static string TalkDateInFuture(DateOnly date) => $"{ShortDay(date)}还没到，只能记录已经进行过的谈话。";

    public static string UnknownPartner(string problem) => $"{problem}\n{AskTalkPartner}";

    public static string TalkSummary(string partner, DateOnly date, TalkForm form, string topics, string? issues, string? followUp) =>
        $"请确认谈心记录：\n谈话对象：{partner}\n日期：{Day(date)}\n形式：{TalkForms.ToChinese(form)}\n主要内容：{MarkdownText.Escape(topics)}\n" +
        $"发现问题：{(issues is null ? NotStated : MarkdownText.Escape(issues))}\n后续跟进：{(followUp is null ? NotStated : MarkdownText.Escape(followUp))}\n确认无误请点「确认」，不记录了请点「取消」。";

    /// <summary>The answer to a 确认 that arrives again after the talk was recorded: nothing is stored or told twice.</summary>
    public static string TalkAlreadyRecorded(TalkRecordView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return $"已记录（{Day(view.Record.Date)}与{view.Other.Name}的谈心谈话），不会重复记录。";
    }

    public static string TalkRecorded(TalkRecordView view, bool partnerTold)
    {
        ArgumentNullException.ThrowIfNull(view);
        var text = new StringBuilder($"已记录：{Day(view.Record.Date)}与{view.Other.Name}的谈心谈话（{TalkForms.ToChinese(view.Record.Form)}）。\n主要内容：{MarkdownText.Escape(view.Topics)}");
        if (view.Issues is not null)
        {
            text.Append("\n发现问题：").Append(MarkdownText.Escape(view.Issues));
        }

        if (view.FollowUp is not null)
        {
            text.Append("\n后续跟进：").Append(MarkdownText.Escape(view.FollowUp));
        }

        text.Append("\n这次谈话计入你们双方今年的谈心谈话");
        return text.Append(partnerTold ? $"，已告知{view.Other.Name}。" : "。").ToString();
    }

    /// <summary>The other side learns that a talk with them was recorded, without its content.</summary>
    public static string TalkRecordedForPartner(TalkRecordView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return $"【谈心记录】{view.Author.Name}记录了{Day(view.Record.Date)}与你的谈心谈话（{TalkForms.ToChinese(view.Record.Form)}），计入你们双方今年的谈心。发送「谈心记录」可以查看。";
    }

    // 谈心情况

    public static string YearUnknown(string typed) => $"没有看懂「{typed}」是哪一年，请这样发送：「谈心情况」或「谈心情况 2026」。";

    public static string Coverage(TalkCoverage coverage, bool mayPlan)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        var text = new StringBuilder($"{coverage.Year}年谈心谈话情况：要求 {coverage.Required} 对，已完成 {coverage.Covered} 对。");
        foreach (var type in coverage.Types)
        {
            text.Append("\n• ").Append(TalkLabels.PairType(type.Type)).Append('：').Append(type.Covered).Append('/').Append(type.Required).Append(" 对");
            if (type.Missing > 0)
            {
                text.Append("，还差 ").Append(type.Missing).Append(" 对");
            }
        }

        if (coverage.IsComplete)
        {
            return text.Append("\n要求的谈心谈话已全部完成。").ToString();
        }

        text.Append("\n还没谈过的（每人还需要和谁谈）：");
        foreach (var needs in coverage.PerMember)
        {
            text.Append("\n• ").Append(needs.Member.Name).Append('：').Append(Names(needs.StillToTalkWith));
        }

        return mayPlan ? text.Append("\n发送「谈心安排」可以把剩下的谈话排好并通知到人。").ToString() : text.ToString();
    }

    // 谈心安排

    public static string PlanPreview(TalkCoverage coverage, TalkPlan plan, int people, DateOnly yearEnd)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        ArgumentNullException.ThrowIfNull(plan);
        var byType = string.Join("、", coverage.Types.Where(t => t.Missing > 0).Select(t => $"{TalkLabels.PairType(t.Type)} {t.Missing} 对"));
        var firstDue = plan.Talks.Min(t => t.DueDate);
        return $"{coverage.Year}年还有 {coverage.Uncovered.Count} 对谈心谈话没有完成（{byType}），涉及 {people} 人。\n" +
            $"我会把它们分成 {plan.Rounds} 轮，每一轮里每人最多谈一次，第一轮{ShortDay(firstDue)}前完成，最后一轮{ShortDay(yearEnd)}前完成。\n" +
            "确认后保存这份安排（替换之前的安排），并通知每个人和谁谈、什么时候前完成。";
    }

    public const string PlanNotStored = "好的，没有保存安排。";

    /// <summary>The answer to a 确认 that arrives again after the plan was stored: nobody is told twice.</summary>
    public static string PlanAlreadyStored(int talks) => $"谈心安排已保存（{talks} 次谈话），不会重复保存或重复通知。";

    public static string PlanStored(TalkPlanResult result, int peopleTold, IReadOnlyList<Member> unreached)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(unreached);
        var text = $"已保存谈心安排：{result.Assignments.Count} 对，分 {result.Rounds} 轮。已通知 {peopleTold} 人和谁谈、什么时候前完成。";
        return unreached.Count == 0
            ? text
            : text + $"\n{unreached.Count} 人未能通知（尚未在聊天中加入或发送失败）：{Names(unreached)}。请另行转告。";
    }

    public static string NothingToPlan(int year) => $"{year}年要求的谈心谈话都已完成，无需再安排。";

    public static string PlanForMember(IEnumerable<(Member Partner, DateOnly DueDate)> talks) =>
        "【谈心安排】书记安排了今年剩下的谈心谈话，请你在下列日期前完成：" + PlanLines(talks) + "\n谈完后发送「记录谈心 姓名 谈话内容」记录下来。";

    public static string OwnPlan(IEnumerable<(Member Partner, DateOnly DueDate)> talks) => "你自己的安排：" + PlanLines(talks);

    private static string PlanLines(IEnumerable<(Member Partner, DateOnly DueDate)> talks) =>
        string.Concat(talks.OrderBy(t => t.DueDate).ThenBy(t => t.Partner.Name, StringComparer.Ordinal).Select(t => $"\n• 和{t.Partner.Name}：{ShortDay(t.DueDate)}前"));

    // 谈心记录

    public const int ListedTalks = 20;
    public const int ListedFeedback = 10;

    public static string RecordList(TalkRecordList list, Member viewer, bool viewerIsSecretary)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(viewer);
        var text = new StringBuilder();
        var aboutOther = list.Subject is { } subject && subject.Id != viewer.Id;
        if (aboutOther && !viewerIsSecretary)
        {
            text.Append($"谈心内容只有谈话双方和支部书记可以查看，你不能查看{list.Subject!.Name}和其他人的记录。下面只列出你和{list.Subject.Name}之间的谈话：");
        }
        else
        {
            text.Append(list.Subject is null ? "支部近期的谈心谈话记录" : aboutOther ? $"{list.Subject.Name}的谈心谈话记录" : "你的谈心谈话记录");
            text.Append(aboutOther || list.Subject is null ? "（本次查看已记入访问日志）：" : "：");
        }

        var talks = list.Talks.OrderByDescending(t => t.Record.Date).ThenByDescending(t => t.Record.CreatedAt).ToList();
        if (talks.Count == 0)
        {
            text.Append("\n谈话记录：暂无。");
        }
        else
        {
            text.Append("\n谈话记录 ").Append(talks.Count).Append(" 条").Append(talks.Count > ListedTalks ? $"（显示最近 {ListedTalks} 条）" : string.Empty).Append('：');
            foreach (var talk in talks.Take(ListedTalks))
            {
                text.Append("\n• ").Append(ShortDay(talk.Record.Date)).Append(' ').Append(TalkForms.ToChinese(talk.Record.Form)).Append(' ')
                    .Append(talk.Author.Name).Append('—').Append(talk.Other.Name)
                    .Append("\n  内容：").Append(MarkdownText.Escape(talk.Topics));
                if (talk.Issues is not null)
                {
                    text.Append("\n  发现问题：").Append(MarkdownText.Escape(talk.Issues));
                }

                if (talk.FollowUp is not null)
                {
                    text.Append("\n  后续跟进：").Append(MarkdownText.Escape(talk.FollowUp));
                }
            }
        }

        if (aboutOther && !viewerIsSecretary)
        {
            return text.ToString();
        }

        var feedback = list.Feedback.OrderByDescending(f => f.Record.SubmittedAt).ToList();
        text.Append("\n谈心反馈：");
        if (feedback.Count == 0)
        {
            return text.Append("暂无。").ToString();
        }

        text.Append(feedback.Count).Append(" 次").Append(feedback.Count > ListedFeedback ? $"（显示最近 {ListedFeedback} 次）" : string.Empty).Append('：');
        foreach (var item in feedback.Take(ListedFeedback))
        {
            text.Append("\n• ").Append(ShortDay(item.Record.Date)).Append(' ').Append(item.Author.Name);
            foreach (var answer in item.Answers)
            {
                text.Append("\n  ").Append(TalkLabels.Topic(answer.Topic)).Append('：').Append(answer.Text is null ? "（跳过）" : MarkdownText.Escape(answer.Text));
            }

            if (item.Record.VisitWanted is { } visit)
            {
                text.Append("\n  希望上门看望或帮助：").Append(visit ? Yes : No);
            }
        }

        return text.ToString();
    }

    // 必访任务

    public const string NoFollowUps = "目前没有待办的必访任务。";
    public const string AskWhichFollowUp = "办结哪一项必访任务？请回复序号：";

    public static string FollowUpLine(FollowUpView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var visit = view.Task.VisitWanted switch
        {
            true => " · 本人希望上门看望或帮助",
            false => " · 本人暂不需要上门",
            _ => string.Empty,
        };
        return $"{view.Member.Name} · {TalkLabels.Hardships(view.Hardships)}{visit} · {ShortDay(view.Task.DueDate)}前" +
            (view.Overdue ? "（已逾期）" : string.Empty);
    }

    public static string FollowUps(IReadOnlyList<FollowUpView> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        var text = new StringBuilder($"待办必访任务 {open.Count} 项：");
        foreach (var line in MeetingNumbers.Labels(open.Select(FollowUpLine)))
        {
            text.Append('\n').Append(line);
        }

        return text.Append("\n走访或联系后，发送「完成必访 序号 情况」办结，例如「完成必访 1 已上门看望」。").ToString();
    }

    public static string FollowUpDone(FollowUpView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return $"已办结对{view.Member.Name}的必访任务。" + (view.Note is null ? string.Empty : $"\n走访情况：{view.Note}");
    }

    // 访问日志

    public const string NoAuditEntries = "访问日志还是空的：还没有人查看过别人的谈心内容。";

    public static string AuditLog(IReadOnlyList<AuditView> entries, Func<DateTimeOffset, DateTimeOffset> toLocal)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(toLocal);
        var text = new StringBuilder($"最近 {entries.Count} 条访问记录（只记谁在何时查看了谁的记录，不含内容）：");
        foreach (var entry in entries)
        {
            var local = toLocal(entry.Entry.At);
            var what = entry.Entry.Subject == AuditSubject.Feedback ? "谈心反馈" : "谈心记录";
            text.Append("\n• ").Append(When(local)).Append(' ').Append(entry.ViewerName ?? TalkLabels.UnknownMember)
                .Append(" 查看").Append(entry.Entry.MemberId is null ? string.Empty : $"{entry.MemberName ?? TalkLabels.UnknownMember}的").Append(what)
                .Append(entry.Entry.Allowed ? string.Empty : "（已拒绝）");
        }

        return text.ToString();
    }

    /// <summary>The answer to "我想找书记谈谈心": what happens next, before anyone is told.</summary>
    public static string TalkRequestOffer(string target) =>
        $"谈心谈话一般当面进行。我可以告诉{target}你想和他谈谈，请他和你约时间；也可以先发「谈心」，在这里说说近况、困难和建议（内容只有你和书记能看到）。要告诉{target}吗？";

    public static string TellTarget(string target) => $"告诉{target}";

    /// <summary>Said to "我想找她谈谈心" when the message names no one 她 could be.</summary>
    public static string WhichPerson(string pronoun) =>
        $"你想约哪位同志谈心？没看出「{pronoun}」指的是谁。请发「约谈心 姓名」，例如：约谈心 陈静；找书记就发「约谈心」。";

    public const string HowToRequest = "约谈心怎么用";


    /// <summary>Said to "我最近工作压力有点大": the two ways a member's difficulty reaches the 书记.</summary>
    public const string HardshipOffer =
        "听起来你最近不太容易。谈心谈话就是为这个：我可以告诉书记你想找他谈谈，请他和你约时间；也可以发「谈心」，在这里把近况和困难写给书记（内容只有你和书记能看到）。要告诉书记吗？";

    public const string NoSecretary = "支部还没有书记，暂时无法转达谈心请求。";

    public const string NotYourself = "不能约自己谈心。";

    public static string UnknownTalkTarget(string name) => $"支部中没有「{name}」。请发送「约谈心 姓名」，不写姓名就是找书记。";

}
