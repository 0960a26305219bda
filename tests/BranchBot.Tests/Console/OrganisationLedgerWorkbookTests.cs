using BranchBot.Core.Organisation.Oversight;
using BranchBot.Tests.Organisation.Oversight;
using BranchBot.WebConsole.Export;
using ClosedXML.Excel;

namespace BranchBot.Tests.Console;

/// <summary>
/// 导出台账 of every branch (LedgerWorkbook.WriteOrganisation) over the hand-computed overview fixture; its schema validity
/// and LibreOffice round trip are beside the single-branch ones.
/// </summary>
public class OrganisationLedgerWorkbookTests
{
    private static readonly OverviewFixture Fixture = OverviewFixture.Load();

    internal static readonly string[] SummaryHeader =
        ["支部", "需关注", "党员大会（每季度）", "支委会（每月）", "党小组会（每月）", "党课（每季度）", "主题党日（每月）", "组织生活会（每年）", "民主评议党员（每年）", "谈心", "广播回执", "待答问题"];

    [Fact]
    public void The_summary_fills_missed_cells_red_and_before_setup_grey_as_a_branchs_own_ledger_does()
    {
        var report = OrganisationOverview.Compute(Fixture.Facts("2026-Q3"), OverviewFixture.PeriodOf("2026-Q3"), OverviewFixture.Now);

        using var workbook = new XLWorkbook(new MemoryStream(LedgerWorkbook.WriteOrganisation(report)));

        var summary = workbook.Worksheet(LedgerWorkbook.SummarySheet);
        Assert.Equal(SummaryHeader, summary.Row(1).CellsUsed().Select(c => c.GetString()));
        Assert.Equal(("机关党委/第二党支部", "未达标"), (summary.Cell(3, 1).GetString(), summary.Cell(3, 3).GetString()));
        Assert.Equal(XLColor.FromHtml("#FDE7E7"), summary.Cell(3, 3).Style.Fill.BackgroundColor);
        Assert.Equal(("机关党委/第三党支部", "启用前（可补录）"), (summary.Cell(4, 1).GetString(), summary.Cell(4, 4).GetString()));
        Assert.Equal(XLColor.FromHtml("#F1F3F4"), summary.Cell(4, 4).Style.Fill.BackgroundColor);
        Assert.DoesNotContain(summary.Cell(4, 3).Style.Fill.BackgroundColor, new[] { XLColor.FromHtml("#FDE7E7"), XLColor.FromHtml("#F1F3F4") });
        var b1 = workbook.Worksheet("第一党支部");
        var missed = b1.RowsUsed().Single(r => r.Cell(7).GetString() == "未达标");
        Assert.Equal(["党小组会", "2026年8月", "第二党小组"], [missed.Cell(1).GetString(), missed.Cell(2).GetString(), missed.Cell(3).GetString()]);
        Assert.Equal(XLColor.FromHtml("#FDE7E7"), missed.Style.Fill.BackgroundColor);
    }

    [Fact]
    public void Branch_sheets_are_named_by_branch_name_and_told_apart_by_path_within_31_characters()
    {
        var names = SheetNames.ForBranches(
            [
                ("第一党支部", "机关党委/第一党支部"),
                ("第一党支部", "第二党总支/第一党支部"),
                ("汇总", "机关党委/汇总"),
                ("研发[一]:部*?/\\党支部", "机关党委/研发"),
                ("中国共产党某某大学计算机科学与技术学院软件工程系第一学生党支部委员会", "机关党委/长"),
                ("ABC党支部", "x/ABC党支部"),
                ("abc党支部", "x/abc党支部"),
                ("'引号'", "机关党委/引号"),
            ],
            [LedgerWorkbook.SummarySheet]);

        Assert.Equal(
            ["机关党委-第一党支部", "第二党总支-第一党支部", "汇总(2)", "研发_一__部____党支部", "中国共产党某某大学计算机科学与技术学院软件工程系第一学生党支部", "ABC党支部", "abc党支部(2)", "引号"],
            names);
    }
}
