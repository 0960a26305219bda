using BranchBot.Core.Knowledge;
using static BranchBot.Tests.Knowledge.ShippedKnowledge;

namespace BranchBot.Tests.Knowledge;

/// <summary>
/// The facts issue 12 found wrong or stale in the discipline, election and branch-work files, each pinned to its
/// corrected entry and to a member's phrasing that must reach that entry.
/// </summary>
public class BranchRulesFactsTests
{
    [Fact]
    public void A_candidate_needs_more_than_half_of_those_present_with_a_vote_not_of_those_expected()
    {
        var entry = Entry("候选人得多少票才能当选？");

        Assert.Contains("超过实到会有选举权人数的一半", entry.Answer, StringComparison.Ordinal);
        Assert.DoesNotContain("应到会", entry.Answer, StringComparison.Ordinal);
        Reaches("选支委得票要过半，是按实到会的人算吗", entry);
    }

    /// <summary>The example of a harmful answer: asked whether they are one meeting, the member hears they are not.</summary>
    [Theory]
    [InlineData("支委会和党员大会是一回事吗")]
    [InlineData("支委会跟党员大会是一个会吗")]
    public void A_question_naming_the_committee_and_the_general_meeting_is_never_told_they_are_one_meeting(string question)
    {
        var result = ShippedIndex.Search(question);

        Assert.Equal(KnowledgeVerdict.Answered, result.Verdict);
        Assert.Equal("支委会和党员大会有什么区别？", result.Answer!.Question);
        Assert.StartsWith("不是一回事", result.Answer.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void The_quorum_of_four_fifths_of_those_expected_stays_a_separate_rule_from_the_majority()
    {
        var entry = Entry("换届选举到会多少人才有效？");

        Assert.Contains("超过应到会人数的五分之四", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("当选要多少票是两回事", entry.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Terms_are_five_years_for_basic_committees_three_for_general_branches_and_branches_and_five_for_villages()
    {
        var entry = Entry("党的基层组织一届任期是多长？");

        Assert.Contains("基层委员会每届任期一般为5年", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("总支部委员会、支部委员会每届任期一般为3年", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("村和社区党组织每届任期5年", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("3至5年", entry.Answer, StringComparison.Ordinal);
        Reaches("基层党委一届是几年", entry);
    }

    [Fact]
    public void Postponing_an_election_needs_the_higher_organisations_approval_and_at_most_a_year()
    {
        var entry = Entry("换届可以推迟吗？");

        Assert.Contains("报上级党组织批准", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("一般不超过1年", entry.Answer, StringComparison.Ordinal);
        Assert.Equal("第三条", entry.Source.Article);
        Reaches("任期到了想延期换届行不行", entry);
    }

    [Fact]
    public void A_joint_branch_is_what_a_unit_with_fewer_than_three_full_members_shall_form()
    {
        var entry = Entry("正式党员不足3人的单位怎么建立党组织？");

        Assert.Contains("应当", entry.Answer, StringComparison.Ordinal);
        Assert.DoesNotContain("可以和其他单位联合", entry.Answer, StringComparison.Ordinal);
        Reaches("我们单位只有两个正式党员，怎么建支部", entry);
    }

    [Fact]
    public void Warning_periods_cite_article_10_of_the_2023_regulation_with_its_promotion_wording()
    {
        foreach (var question in new[] { "受警告处分后多久不能提拔？", "受严重警告处分后多久不能提拔？" })
        {
            var entry = Entry(question);

            Assert.Equal("《中国共产党纪律处分条例》", entry.Source.Document);
            Assert.Equal("第十条", entry.Source.Article);
            Assert.Contains("2023年12月修订", entry.Answer, StringComparison.Ordinal);
            Assert.Contains("提拔职务或者进一步使用", entry.Answer, StringComparison.Ordinal);
            Assert.DoesNotContain("不得在党内提升职务", entry.Answer, StringComparison.Ordinal);
        }

        Reaches("受了警告处分一年内能提拔吗", Entry("受警告处分后多久不能提拔？"));
    }

    [Fact]
    public void The_current_discipline_regulation_is_the_2023_revision_in_force_since_2024()
    {
        var entry = Entry("现在执行的是哪一版纪律处分条例？");

        Assert.Contains("2024年1月1日起施行", entry.Answer, StringComparison.Ordinal);
        Reaches("纪律处分条例现在用的是哪年的版本", entry);
    }

    [Fact]
    public void Organisational_life_is_cited_from_the_chapter_on_organisational_life_not_the_chapter_on_basic_tasks()
    {
        var branchRules = Entries.Where(e => e.Source.Document == "《中国共产党支部工作条例（试行）》").ToList();
        string[] organisationalLife = ["主题党日", "组织生活会", "谈心谈话", "讲党课", "上党课"];

        var aboutOrganisationalLife = branchRules.Where(e => organisationalLife.Any(w => e.Answer.Contains(w, StringComparison.Ordinal))).ToList();

        Assert.NotEmpty(aboutOrganisationalLife);
        Assert.All(aboutOrganisationalLife, e => Assert.True(e.Source.Article == "第五章", $"{e.Question}：{e.Source}"));
        Assert.Equal("第五章", Entry("谈心谈话每年要谈几次？").Source.Article);
        Reaches("三会一课是支部工作条例第几章规定的", Entry("三会一课写在支部工作条例哪一章？"));
    }

    [Fact]
    public void Branch_meeting_decisions_on_probationary_members_still_go_to_the_higher_organisation()
    {
        var entry = Entry("党员大会讨论决定哪些事项？");

        Assert.Contains("报上级党组织审批", entry.Answer, StringComparison.Ordinal);
    }

    /// <summary>Asked how early to report to the higher organisation, not how early an election may be held.</summary>
    [Fact]
    public void Reporting_an_election_to_the_higher_organisation_is_not_the_entry_on_holding_it_early()
    {
        var entry = Entry("换届前要向上级请示吗？");

        var result = ShippedIndex.Search("支部换届要提前多久报上级");

        Assert.Equal(KnowledgeVerdict.Answered, result.Verdict);
        Assert.Equal(entry.Question, result.Answer?.Question);
        Assert.Contains("书面请示", entry.Answer, StringComparison.Ordinal);
    }

    private static void Reaches(string memberPhrasing, KnowledgeEntry expected)
    {
        var reached = Reached(memberPhrasing);

        Assert.True(reached == expected.Question, $"“{memberPhrasing}”应答“{expected.Question}”，实际：{reached}");
    }
}
