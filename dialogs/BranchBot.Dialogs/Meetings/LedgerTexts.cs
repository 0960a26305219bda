using System.Globalization;
using System.Text;
using BranchBot.Core.Meetings;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// The 台账 as one chat message, read on a phone: one line per rule and period. A rule held per 党小组 (党小组会) gets one
/// line per period for all groups, with the groups still short named, instead of a line per group and period (a branch
/// of eight groups would scroll through 96 lines a year; the console's 台账 page keeps the per-group table).
/// </summary>
public static class LedgerTexts
{
    /// <summary>How many 党小组 one line or the closing summary names before it says "等 N 个".</summary>
    public const int GroupNamesShown = 10;

    /// <param name="kindName">The one kind asked about ("党课开了没"), named in the title; the rows are that kind's only.</param>
    public static string Ledger(ComplianceLedger ledger, string? kindName = null)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var text = new StringBuilder($"{ComplianceTexts.Title(ledger)}{kindName ?? "组织生活"}台账");
        var namesCut = false;
        foreach (var rule in ledger.Rows.GroupBy(r => (r.Kind, r.Basis)))
        {
            var first = rule.First();
            text.Append("\n【").Append(first.KindName).Append("】").Append(Every(first.Period.Period)).Append("至少")
                .Append(first.Required).Append("次（依据：").Append(first.Basis).Append('）');
            var periods = rule.GroupBy(r => r.Period.Key).Select(p => p.ToList()).ToList();

            // Two or more periods before the bot was in use with nothing recorded read as one line: a branch set up in
            // December would otherwise scroll through eleven empty months.
            var quiet = periods.Where(IsQuietBeforeSetup).ToList();
            var foldQuiet = quiet.Count > 1;
            foreach (var rows in periods)
            {
                if (foldQuiet && IsQuietBeforeSetup(rows))
                {
                    if (ReferenceEquals(rows, quiet[0]))
                    {
                        text.Append("\n  ").Append(ComplianceTexts.PeriodRange(quiet[0][0].Period, quiet[^1][0].Period))
                            .Append(rows.Count > 1 ? " 各党小组" : rows[0].GroupName is { } group ? " " + group : string.Empty)
                            .Append("：").Append(quiet.Count).Append("期 · ").Append(ComplianceTexts.Status(LedgerStatus.BeforeSetup));
                    }

                    continue;
                }

                text.Append("\n  ");
                if (rows.Count == 1)
                {
                    AppendRow(text, rows[0]);
                }
                else
                {
                    namesCut |= AppendGroups(text, rows);
                }
            }
        }

        var missed = ledger.MissedRows.ToList();
        if (missed.Count == 0)
        {
            text.Append("\n没有缺开的期次。");
        }
        else
        {
            var items = missed.GroupBy(r => (r.Kind, r.Period.Key)).Select(period =>
            {
                var rows = period.ToList();
                var head = $"{rows[0].KindName} {ComplianceTexts.Period(rows[0].Period)}";
                if (rows[0].GroupName is null)
                {
                    return head;
                }

                namesCut |= rows.Count > GroupNamesShown;
                return rows.Count == 1 ? $"{head} {rows[0].GroupName}" : $"{head}（{GroupNames(rows)}）";
            });
            text.Append("\n缺开 ").Append(missed.Count).Append(" 期：").AppendJoin("；", items).Append('。');
        }

        var beforeSetup = ledger.BeforeSetupRows.Count();
        if (beforeSetup > 0)
        {
            text.Append($"\n另有 {beforeSetup} 期在支部启用本系统之前，不计为缺开；当时召开过的会议可以发送「补录」补充登记。");
        }

        if (namesCut)
        {
            text.Append("\n各党小组逐期的完整情况见控制台的「台账」页。");
        }

        return text.ToString();
    }

    /// <summary>"2026年10月 第一党小组：应开1次，已开0次 · 未达标 ⚠".</summary>
    private static void AppendRow(StringBuilder text, LedgerRow row)
    {
        text.Append(ComplianceTexts.Period(row.Period));
        if (row.GroupName is not null)
        {
            text.Append(' ').Append(row.GroupName);
        }

        text.Append("：应开").Append(row.Required).Append("次，已开").Append(row.Held).Append('次');
        if (row.Planned > 0)
        {
            text.Append("，已安排").Append(row.Planned).Append('次');
        }

        AppendStatus(text, row.Status);
    }

    /// <summary>
    /// "2026年10月：3个党小组，1个达标 · 未达标 ⚠ 未开：第二党小组、第三党小组"; a period still to come says how many
    /// groups have one arranged; before the bot was in use the groups with nothing recorded are "未登记" (补录 can add
    /// them). Returns whether the names were cut.
    /// </summary>
    private static bool AppendGroups(StringBuilder text, IReadOnlyList<LedgerRow> rows)
    {
        var behind = rows.Where(r => r.Held < r.Required).ToList();
        var status = behind.Count == 0 ? LedgerStatus.Met : behind[0].Status;
        var arranged = rows.Count(r => r.Planned > 0 && r.Held < r.Required);
        text.Append(ComplianceTexts.Period(rows[0].Period)).Append("：").Append(rows.Count).Append("个党小组");
        if (status != LedgerStatus.NotStarted)
        {
            text.Append(behind.Count == 0 ? "，均达标" : string.Create(CultureInfo.InvariantCulture, $"，{rows.Count - behind.Count}个达标"));
        }

        if (arranged > 0)
        {
            text.Append('，').Append(arranged).Append("个已安排");
        }

        AppendStatus(text, status);
        if (status is not (LedgerStatus.Missed or LedgerStatus.InProgress or LedgerStatus.BeforeSetup))
        {
            return false;
        }

        // Before the bot was in use a meeting may well have been held on paper: not "未开", but nothing recorded yet.
        var lead = status == LedgerStatus.BeforeSetup ? " 未登记：" : rows[0].Required == 1 ? " 未开：" : $" 未开够{rows[0].Required}次：";
        text.Append(lead).Append(GroupNames(behind));
        return behind.Count > GroupNamesShown;
    }

    private static void AppendStatus(StringBuilder text, LedgerStatus status) =>
        text.Append(" · ").Append(ComplianceTexts.Status(status)).Append(status == LedgerStatus.Missed ? " ⚠" : string.Empty);

    private static string GroupNames(IReadOnlyList<LedgerRow> rows) =>
        rows.Count <= GroupNamesShown
            ? string.Join("、", rows.Select(r => r.GroupName))
            : string.Join("、", rows.Take(GroupNamesShown).Select(r => r.GroupName)) + $"等{rows.Count}个";

    private static bool IsQuietBeforeSetup(IReadOnlyList<LedgerRow> rows) =>
        rows.All(r => r is { Status: LedgerStatus.BeforeSetup, Held: 0, Planned: 0 });

    private static string Every(CompliancePeriod period) => period switch
    {
        CompliancePeriod.Month => "每月",
        CompliancePeriod.Quarter => "每季度",
        _ => "每年",
    };
}
