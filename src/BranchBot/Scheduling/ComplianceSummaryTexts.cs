using System.Text;
using BranchBot.Core.Organisation.Oversight;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.Scheduling;

/// <summary>The 组织委员's summary of the branches still missing a required meeting in a period about to close.</summary>
public static class ComplianceSummaryTexts
{
    /// <summary>How many branches one rule's line names before "等N个支部"; the console lists them all.</summary>
    public const int NamesShownPerRule = 20;

    public static string Summary(PeriodShortfall period, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(period);
        var daysLeft = Math.Max(1, (int)Math.Ceiling((period.Period.End - now).TotalDays));
        var branches = period.Branches.Select(b => b.BranchId).Distinct(StringComparer.Ordinal).Count();
        var duplicateNames = period.Branches.DistinctBy(b => b.BranchId).GroupBy(b => b.Name, StringComparer.Ordinal)
            .Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var text = new StringBuilder()
            .Append($"【各支部三会一课汇总】{ComplianceTexts.Period(period.Period)}还有{daysLeft}天结束，")
            .Append($"{branches}个支部还有规定的会议没有召开或安排：");
        foreach (var rule in period.Branches.GroupBy(b => b.Nudge.Kind))
        {
            var names = rule.GroupBy(b => b.BranchId)
                .Select(b => (duplicateNames.Contains(b.First().Name) ? b.First().Path : b.First().Name) + Groups(b))
                .ToList();
            var shown = names.Count <= NamesShownPerRule
                ? string.Join("、", names)
                : string.Join("、", names.Take(NamesShownPerRule)) + $"等{names.Count}个支部";
            text.Append($"\n· {rule.First().Nudge.KindName}：{shown}");
        }

        return text.Append("\n各支部书记已收到同样的提醒。发送「各支部情况」或在控制台「各支部」页查看详情。").ToString();
    }

    /// <summary>"（第一党小组、第二党小组）" for 党小组会, nothing for rules of the whole branch.</summary>
    private static string Groups(IEnumerable<BranchShortfall> shortfalls)
    {
        var groups = shortfalls.Select(s => s.Nudge.GroupName).OfType<string>().Where(g => g.Length > 0).ToList();
        return groups.Count == 0 ? string.Empty : $"（{string.Join("、", groups)}）";
    }
}
