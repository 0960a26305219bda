using System.Globalization;
using System.Text;
using BranchBot.Core.Broadcasts;
using BranchBot.Core.Organisation.Broadcasts;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Broadcasts;

namespace BranchBot.Dialogs.Organisation;

/// <summary>What 党委广播 and 党委广播记录 say.</summary>
public static class OrganisationBroadcastTexts
{
    public const string AllMembers = "全体党员";
    public const string Secretaries = "各支部书记";
    public const string SendWithReceipt = "发送并要求回执";
    public const string SendWithoutReceipt = "发送（不要回执）";
    public const string DoNotSend = "暂不发送";

    /// <summary>Words that pick 全体党员 as the audience.</summary>
    public static readonly string[] AllMembersWords = [AllMembers, "全体", "所有党员", "全部党员", "全组织", "全体支部"];

    /// <summary>Words that pick 各支部书记.</summary>
    public static readonly string[] SecretariesWords = [Secretaries, "支部书记", "各支部书记们", "书记们", "各书记", "书记"];

    public const string NotAllowed = "只有党委书记、副书记、组织委员和党建专员可以发党委广播。支部内的通知请用「广播」。";

    public static string AskAudience => "发给谁？可选全体党员、各支部书记，或发送某个支部的名称。";

    public static string AskText(string audience) => $"请发送要发给{audience}的通知内容（不超过{BroadcastService.MaxTextLength}字）。";

    public static string UnknownAudience(string typed, IReadOnlyList<string> branches) =>
        $"没有叫「{typed}」的支部。可选：全体党员、各支部书记" + (branches.Count == 0 ? "。" : "，或 " + string.Join("、", branches) + "。");

    public static string Preview(OrganisationBroadcastPreview preview, string text)
    {
        var builder = new StringBuilder();
        builder.Append("党委广播预览\n发给：").Append(preview.AudienceLabel)
            .Append("，").Append(preview.Branches.Count(b => b.Recipients > 0)).Append("个支部共").Append(preview.Recipients).Append("人\n");
        foreach (var branch in preview.Branches)
        {
            builder.Append("· ").Append(branch.BranchName).Append('：').Append(branch.Recipients).Append('人');
            if (branch.Unreachable > 0)
            {
                builder.Append("（").Append(branch.Unreachable).Append("人尚未绑定聊天账号，收不到）");
            }

            builder.Append('\n');
        }

        builder.Append("内容：").Append(text.Trim()).Append("\n各支部收到的是一条由党委署名的支部广播，党员点「收到」即回执。");
        return builder.ToString();
    }

    public static string Sent(OrganisationBroadcastStatus status)
    {
        var broadcast = status.Broadcast;
        var reached = status.Branches.Where(b => b.Part.BroadcastNumber is not null).ToList();
        var builder = new StringBuilder();
        builder.Append("已发出党委广播").Append(broadcast.Number).Append("：").Append(reached.Count).Append("个支部共").Append(status.Recipients).Append("人");
        builder.Append(broadcast.RequiresAcknowledgement ? "，要求回执" : string.Empty).Append("。\n");
        foreach (var skipped in status.Branches.Where(b => b.Part.Skipped is not null))
        {
            builder.Append("· ").Append(skipped.Part.BranchName).Append("未发：").Append(skipped.Part.Skipped).Append('\n');
        }

        builder.Append("发送「党委广播记录 ").Append(broadcast.Number).Append("」查看各支部的送达和回执。");
        return builder.ToString();
    }

    public static string Declined => "已取消，党委广播没有发出。";

    public const string PreviewSpent = "这条党委广播的预览已经处理过了（已发出或已取消），不会重复发送。发送「党委广播记录」查看已发的党委广播。";

    public static string Problem(OrganisationBroadcastProblem problem, BranchClock clock) => problem switch
    {
        OrganisationBroadcastProblem.NotAllowed => NotAllowed,
        OrganisationBroadcastProblem.Text text => BroadcastTexts.Problem(text.Problem, clock),
        OrganisationBroadcastProblem.BranchNotOverseen => "这个支部不在你分管的范围内。",
        OrganisationBroadcastProblem.NobodyToReach nobody => $"{nobody.AudienceLabel}里没有可以发送的人。",
        OrganisationBroadcastProblem.NotFound notFound => $"找不到党委广播{notFound.Number}。发送「党委广播记录」查看已发的党委广播。",
        _ => "党委广播没有发出，请稍后再试。",
    };

    public static string List(IReadOnlyList<OrganisationBroadcastStatus> list, BranchClock clock)
    {
        if (list.Count == 0)
        {
            return "还没有发过党委广播。发送「党委广播」给各支部发通知。";
        }

        var builder = new StringBuilder("党委广播记录（最近").Append(list.Count).Append("条）\n");
        foreach (var status in list)
        {
            builder.Append(status.Broadcast.Number).Append(". ").Append(When(status.Broadcast.CreatedAt, clock)).Append(' ')
                .Append(status.Broadcast.AudienceLabel).Append(' ').Append(Excerpt(status.Broadcast.Text)).Append("\n   ")
                .Append(Totals(status)).Append('\n');
        }

        builder.Append("发送「党委广播记录 编号」查看各支部的情况。");
        return builder.ToString();
    }

    public static string Detail(OrganisationBroadcastStatus status, BranchClock clock)
    {
        var broadcast = status.Broadcast;
        var builder = new StringBuilder("党委广播").Append(broadcast.Number).Append("（").Append(When(broadcast.CreatedAt, clock)).Append("，")
            .Append(broadcast.AudienceLabel).Append("）\n").Append(broadcast.Text).Append("\n合计：").Append(Totals(status)).Append('\n');
        foreach (var branch in status.Branches)
        {
            builder.Append("· ").Append(branch.Part.BranchName).Append('：');
            if (branch.Counts is not { } counts)
            {
                builder.Append(branch.Part.Skipped ?? "未发").Append('\n');
                continue;
            }

            builder.Append("送达").Append(counts.Sent).Append('/').Append(counts.Recipients);
            if (broadcast.RequiresAcknowledgement)
            {
                builder.Append("，回执").Append(counts.Acknowledged).Append('/').Append(counts.Recipients);
            }

            if (counts.Unreachable > 0)
            {
                builder.Append("，无法送达").Append(counts.Unreachable);
            }

            builder.Append("（支部").Append(BroadcastMessages.Name(branch.Part.BroadcastNumber!.Value)).Append("）\n");
        }

        builder.Append("未回执的人由各支部书记用「催收 广播编号」提醒。");
        return builder.ToString();
    }

    private static string Totals(OrganisationBroadcastStatus status) =>
        $"送达{status.Sent}/{status.Recipients}" + (status.Broadcast.RequiresAcknowledgement ? $"，回执{status.Acknowledged}/{status.Recipients}" : "，未要求回执");

    private static string When(DateTimeOffset at, BranchClock clock) =>
        clock.ToLocal(at).ToString("M月d日 HH:mm", CultureInfo.InvariantCulture);

    private static string Excerpt(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 20 ? line : string.Concat(line.AsSpan(0, 20), "…");
    }
}
