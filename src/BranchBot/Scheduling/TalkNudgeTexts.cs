using System.Text;
using BranchBot.Core.Membership;
using BranchBot.Core.Talks;
using BranchBot.Dialogs.Talks;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Scheduling;

/// <summary>
/// The weekly 谈心谈话 nudges. They carry names, counts and dates only, never what anyone said: the follow-up nudge
/// names the kind of hardship, which the secretary may see, but not the member's words.
/// </summary>
public static class TalkNudgeTexts
{
    /// <summary>Someone a member still needs to talk with this year, and the planned date when it has passed.</summary>
    public sealed record Partner(Member Member, DateOnly? OverdueSince);

    /// <param name="ownPartners">Whom the secretary must still talk with: said in the same message, not a second one.</param>
    public static string SecretaryCoverage(TalkCoverage coverage, int overdueAssignments, IReadOnlyList<Partner>? ownPartners = null)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        var text = new StringBuilder()
            .Append($"【谈心谈话提醒】{coverage.Year}年还有{coverage.Uncovered.Count}对同志没有谈心谈话记录")
            .Append($"（要求{coverage.Required}对，已完成{coverage.Covered}对）：");
        foreach (var type in coverage.Types.Where(t => t.Missing > 0))
        {
            text.Append($"\n· {TalkLabels.PairType(type.Type)}：还差{type.Missing}对");
        }

        text.Append($"\n共有{coverage.PerMember.Count}位同志还有谈话未完成");
        text.Append(overdueAssignments > 0 ? $"，其中{overdueAssignments}对已超过安排的期限。" : "。");
        if (ownPartners is { Count: > 0 })
        {
            text.Append("\n你本人还需要与以下同志谈心谈话：");
            AppendPartners(text, ownPartners);
            text.Append("\n谈完后发送「记录谈心 姓名 谈话内容」记录，双方都会计入。");
        }

        text.Append("\n发送「谈心情况」查看明细，发送「谈心安排」为剩余的谈话安排时间。");
        return text.ToString();
    }

    public static string MemberStillToTalk(Member member, IReadOnlyList<Partner> partners, int year)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(partners);
        var text = new StringBuilder($"【谈心谈话提醒】{member.Name}同志，{year}年你还需要与以下同志谈心谈话：");
        AppendPartners(text, partners);
        text.Append("\n谈完后发送「记录谈心 姓名 谈话内容」记录，双方都会计入。");
        return text.ToString();
    }

    private static void AppendPartners(StringBuilder text, IReadOnlyList<Partner> partners)
    {
        foreach (var partner in partners)
        {
            text.Append($"\n· {partner.Member.Name}");
            if (partner.OverdueSince is { } due)
            {
                text.Append($"（原定{ChineseDateTimeFormatter.Format(due)}前，已逾期）");
            }
        }
    }

    /// <param name="waiting">Open 谈心请求 made to the recipient days ago, oldest first.</param>
    public static string WaitingRequests(IReadOnlyList<OpenTalkRequest> waiting)
    {
        ArgumentNullException.ThrowIfNull(waiting);
        var text = new StringBuilder("【谈心请求提醒】以下同志想找你谈心谈话，已经等了几天：");
        foreach (var request in waiting)
        {
            text.Append($"\n· {request.From.Name}（{request.RequestedAt.Month}月{request.RequestedAt.Day}日提出）");
        }

        return text.Append("\n请和他们约个时间；谈完后发送「记录谈心 姓名 谈话内容」记录，就不再提醒。").ToString();
    }

    /// <param name="tasks">Open tasks, overdue ones first.</param>
    public static string OpenFollowUps(IReadOnlyList<FollowUpView> tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var overdue = tasks.Where(t => t.Overdue).ToList();
        var pending = tasks.Where(t => !t.Overdue).ToList();
        var text = new StringBuilder($"【必访提醒】还有{tasks.Count}项必访任务没有办结");
        text.Append(overdue.Count > 0 ? $"，其中{overdue.Count}项已逾期：" : "：");
        AppendGroup(text, "已逾期", overdue);
        AppendGroup(text, "待走访", pending);
        text.Append("\n发送「必访任务」查看序号，走访或联系后发送「完成必访 序号 情况」办结。");
        return text.ToString();
    }

    private static void AppendGroup(StringBuilder text, string title, IReadOnlyList<FollowUpView> tasks)
    {
        if (tasks.Count == 0)
        {
            return;
        }

        text.Append($"\n{title}：");
        foreach (var task in tasks)
        {
            var kinds = TalkLabels.Hardships(task.Hardships);
            text.Append($"\n· {task.Member.Name}");
            if (kinds.Length > 0)
            {
                text.Append($"（{kinds}）");
            }

            text.Append($"，应于{ChineseDateTimeFormatter.Format(task.Task.DueDate)}前走访");
            if (task.Task.VisitWanted == false)
            {
                text.Append("，本人表示暂不需要上门，可电话关心");
            }
        }
    }
}
