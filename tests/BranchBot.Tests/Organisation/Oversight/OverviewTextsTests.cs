using BranchBot.Core.Organisation.Oversight;
using BranchBot.Dialogs.Organisation;

namespace BranchBot.Tests.Organisation.Oversight;

/// <summary>The 各支部情况 chat reply over the hand-computed fixture.</summary>
public class OverviewTextsTests
{
    private const string Link = "https://bot.example/console/org";

    private static readonly OverviewFixture Fixture = OverviewFixture.Load();

    [Fact]
    public void Missed_branches_come_first_then_those_about_to_miss_then_the_rest()
    {
        var report = OrganisationOverview.Compute(Fixture.Facts("2026-Q4"), OverviewFixture.PeriodOf("2026-Q4"), OverviewFixture.Now);

        Assert.Equal(
            """
            各支部情况（2026年第四季度）
            共3个支部，1个有缺开，1个即将到期未安排：
            · 第三党支部：缺10月支委会；11月党小组会（第一党小组）未安排
            · 第二党支部：11月主题党日未安排
            · 第一党支部：无缺开
            全部支部：谈心15/26，广播回执71%，待答问题4个
            完整情况：https://bot.example/console/org
            """.ReplaceLineEndings("\n"),
            OverviewTexts.Overview(report, Link));
    }

    [Fact]
    public void A_missed_meeting_of_the_asked_period_itself_is_named_without_a_date()
    {
        var report = OrganisationOverview.Compute(Fixture.Facts("2026-Q3"), OverviewFixture.PeriodOf("2026-Q3"), OverviewFixture.Now);

        Assert.Equal(
            """
            各支部情况（2026年第三季度）
            共3个支部，2个有缺开：
            · 第一党支部：缺8月党小组会（第二党小组）
            · 第二党支部：缺党员大会
            · 第三党支部：无缺开
            全部支部：谈心15/26，广播回执90%，待答问题3个
            完整情况：https://bot.example/console/org
            """.ReplaceLineEndings("\n"),
            OverviewTexts.Overview(report, Link));
    }

    [Fact]
    public void A_branch_line_names_two_gaps_and_counts_the_rest()
    {
        var b1 = Fixture.Facts("2026-Q4").Single(f => f.Id == "b1");

        var text = OverviewTexts.Overview(OrganisationOverview.Compute([b1], OverviewPeriod.WholeYear(2026), OverviewFixture.Now), Link);

        // Nothing was held from January to June: 2 党员大会, 6 支委会, 12 党小组会 (two groups), 2 党课 and 6 主题党日,
        // and the second group's 党小组会 of August.
        Assert.Contains("\n· 第一党支部：缺第一季度党员大会、第二季度党员大会等29项\n", text, StringComparison.Ordinal);
        Assert.StartsWith("各支部情况（2026年）\n共1个支部，1个有缺开：", text, StringComparison.Ordinal);
    }

    [Fact]
    public void At_most_thirty_branches_are_listed_then_how_many_more_and_where()
    {
        var b2 = Fixture.Facts("2026-Q4").Single(f => f.Id == "b2");
        var branches = Enumerable.Range(1, 35).Select(i => b2 with { Id = $"b{i}", Name = $"第{i:00}党支部", Path = $"机关党委/第{i:00}党支部" });

        var lines = OverviewTexts.Overview(OrganisationOverview.Compute(branches, OverviewPeriod.Month(2026, 11), OverviewFixture.Now), Link).Split('\n');

        Assert.Equal(OverviewTexts.BranchLinesShown, lines.Count(l => l.StartsWith("· ", StringComparison.Ordinal)));
        Assert.Equal("· 第30党支部：主题党日未安排", lines.Last(l => l.StartsWith("· ", StringComparison.Ordinal)));
        Assert.Equal(["……另有5个支部", "全部支部：谈心280/280，广播回执90%", "完整情况：" + Link], lines[^3..]);
        Assert.Equal("共35个支部，35个即将到期未安排：", lines[1]);
    }

    [Fact]
    public void Branches_of_the_same_name_under_different_units_are_told_apart_by_path()
    {
        var b3 = Fixture.Facts("2026-Q3").Single(f => f.Id == "b3");
        var twins = new[] { b3 with { Id = "x", Path = "第一党总支/第三党支部" }, b3 with { Id = "y", Path = "第二党总支/第三党支部" } };

        var text = OverviewTexts.Overview(OrganisationOverview.Compute(twins, OverviewFixture.PeriodOf("2026-Q3"), OverviewFixture.Now), Link);

        Assert.Contains("\n· 第一党总支/第三党支部：无缺开\n· 第二党总支/第三党支部：无缺开\n", text, StringComparison.Ordinal);
        Assert.Contains("\n共2个支部，没有缺开的会议。\n", text, StringComparison.Ordinal);
    }
}
