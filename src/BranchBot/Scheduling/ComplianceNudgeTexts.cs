using System.Text;
using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.Scheduling;

/// <summary>The nudge to the secretary when a period is about to close without its required meetings.</summary>
public static class ComplianceNudgeTexts
{
    /// <param name="localLastDay">The period's last day, in the branch's zone.</param>
    public static string Nudge(ComplianceNudge nudge, DateTimeOffset localLastDay)
    {
        ArgumentNullException.ThrowIfNull(nudge);
        var group = nudge.GroupName is { Length: > 0 } name ? $"（{name}）" : string.Empty;
        var text = new StringBuilder()
            .Append($"【三会一课提醒】{ComplianceTexts.Period(nudge.Period)}{nudge.KindName}{group}还差{nudge.Missing}次：")
            .Append($"要求至少{nudge.Required}次，已召开{nudge.Held}次，已安排{nudge.Planned}次。")
            .Append($"\n请在{ChineseDate(localLastDay)}前召开。");
        if (nudge.Basis is { Length: > 0 } basis)
        {
            text.Append($"\n依据：{basis}");
        }

        text.Append($"\n发送「安排 {nudge.KindName} 时间」即可安排。");
        return text.ToString();
    }

    private static string ChineseDate(DateTimeOffset local) =>
        BranchBot.Dialogs.Recognizers.ChineseDateTimeFormatter.Format(DateOnly.FromDateTime(local.DateTime));
}
