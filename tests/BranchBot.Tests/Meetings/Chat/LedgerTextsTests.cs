using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.Tests.Meetings.Chat;

/// <summary>The 台账 message: one line per period for a rule held per 党小组, with the groups still short named.</summary>
public class LedgerTextsTests
{
    private const string Basis = "《中国共产党支部工作条例（试行）》第十一条";
    private static readonly TimeZoneInfo Beijing = TimeZoneInfo.CreateCustomTimeZone("UTC+8", TimeSpan.FromHours(8), "UTC+8", "UTC+8");

    [Fact]
    public void A_rule_held_per_group_reads_as_one_line_per_period_naming_the_groups_still_short()
    {
        var rows = new List<LedgerRow>();
        rows.AddRange(Groups(3).Select(g => g == "第1党小组" ? Row(10, g, held: 1, LedgerStatus.Met) : Row(10, g, held: 0, LedgerStatus.Missed)));
        rows.AddRange(Groups(3).Select(g => Row(11, g, held: 1, LedgerStatus.Met)));
        rows.AddRange(Groups(3).Select(g => Row(12, g, held: 0, LedgerStatus.NotStarted, planned: g == "第2党小组" ? 1 : 0)));

        var text = LedgerTexts.Ledger(new ComplianceLedger(2026, 4, rows));

        Assert.Contains("\n  2026年10月：3个党小组，1个达标 · 未达标 ⚠ 未开：第2党小组、第3党小组", text, StringComparison.Ordinal);
        Assert.Contains("\n  2026年11月：3个党小组，均达标 · 达标", text, StringComparison.Ordinal);
        Assert.Contains("\n  2026年12月：3个党小组，1个已安排 · 未到期", text, StringComparison.Ordinal);
        Assert.Contains("缺开 2 期：党小组会 2026年10月（第2党小组、第3党小组）。", text, StringComparison.Ordinal);
        Assert.DoesNotContain("第1党小组：", text, StringComparison.Ordinal);
        Assert.DoesNotContain("控制台", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Many_groups_are_named_up_to_the_limit_and_the_console_is_pointed_to()
    {
        var rows = Groups(25).Select(g => Row(10, g, held: 0, LedgerStatus.Missed)).ToList();

        var text = LedgerTexts.Ledger(new ComplianceLedger(2026, 4, rows));

        Assert.Contains("未开：第1党小组、第2党小组、第3党小组、第4党小组、第5党小组、第6党小组、第7党小组、第8党小组、第9党小组、第10党小组等25个", text, StringComparison.Ordinal);
        Assert.DoesNotContain("第11党小组", text, StringComparison.Ordinal);
        Assert.Contains("缺开 25 期：党小组会 2026年10月（第1党小组", text, StringComparison.Ordinal);
        Assert.EndsWith("各党小组逐期的完整情况见控制台的「台账」页。", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_of_the_whole_branch_keeps_its_line_per_period_and_quiet_months_before_setup_fold_into_one()
    {
        var rows = new List<LedgerRow>();
        rows.AddRange(Enumerable.Range(1, 9).SelectMany(month => Groups(2).Select(g => Row(month, g, held: 0, LedgerStatus.BeforeSetup))));
        rows.Add(Row(10, group: null, held: 0, LedgerStatus.Missed, kind: MeetingKind.ThemedPartyDay));

        var text = LedgerTexts.Ledger(new ComplianceLedger(2026, null, rows));

        Assert.Contains("\n  2026年1月至9月 各党小组：9期 · 启用前（可补录）", text, StringComparison.Ordinal);
        Assert.Contains("\n  2026年10月：应开1次，已开0次 · 未达标 ⚠", text, StringComparison.Ordinal);
        Assert.Contains("缺开 1 期：主题党日 2026年10月。", text, StringComparison.Ordinal);
        Assert.Contains("另有 18 期在支部启用本系统之前", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_before_setup_with_one_group_recorded_names_the_groups_with_nothing_recorded_yet()
    {
        var rows = new List<LedgerRow>
        {
            Row(11, "第1党小组", held: 1, LedgerStatus.Met),
            Row(11, "第2党小组", held: 0, LedgerStatus.BeforeSetup),
        };

        var text = LedgerTexts.Ledger(new ComplianceLedger(2026, 4, rows));

        Assert.Contains("\n  2026年11月：2个党小组，1个达标 · 启用前（可补录） 未登记：第2党小组", text, StringComparison.Ordinal);
        Assert.DoesNotContain("未开", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_months_of_a_branch_with_one_group_name_the_group()
    {
        var rows = Enumerable.Range(1, 9).Select(month => Row(month, "第1党小组", held: 0, LedgerStatus.BeforeSetup)).ToList();

        var text = LedgerTexts.Ledger(new ComplianceLedger(2026, null, rows));

        Assert.Contains("\n  2026年1月至9月 第1党小组：9期 · 启用前（可补录）", text, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Groups(int count) => Enumerable.Range(1, count).Select(i => $"第{i}党小组");

    private static LedgerRow Row(int month, string? group, int held, LedgerStatus status, int planned = 0, MeetingKind kind = MeetingKind.GroupMeeting) =>
        new(kind, CompliancePeriods.Month(2026, month, Beijing), group is null ? null : "id-" + group, group, 1, held, planned, status, Basis);
}
