using BranchBot.Core.Knowledge;
using static BranchBot.Tests.Knowledge.ShippedKnowledge;

namespace BranchBot.Tests.Knowledge;

/// <summary>
/// The round on writer-questions-11.tsv (issue 12, docs/benchmarks.md, "A thirteenth part"): comparisons of two things
/// members confuse got entries that answer both sides, each pinned here to its article and to a member's wording unlike
/// its phrasings; and a comparison naming two sanctions or ways out of the Party is not answered by an entry that holds
/// only one of them.
/// </summary>
public class ComparisonSweepRoundTests
{
    [Fact]
    public void Going_away_moves_the_membership_when_the_place_is_fixed_for_six_months_and_otherwise_stays_as_a_mobile_member()
    {
        var entry = Entry("外出是转组织关系还是当流动党员？");

        Assert.Equal("《中国共产党党员教育管理工作条例》", entry.Source.Document);
        Assert.Equal("第二十五条、第三十二条", entry.Source.Article);
        Assert.Contains("6个月以上且地点相对固定", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("一方隶属、参加多重组织生活", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("不是组织关系介绍信", entry.Answer, StringComparison.Ordinal);
        Answers("出门打工到底是转关系还是做流动党员", entry);
    }

    [Fact]
    public void The_application_letter_comes_first_and_the_volunteer_form_only_after_the_committee_pre_review()
    {
        var entry = Entry("入党申请书和入党志愿书有什么区别？");

        Assert.Equal("第六条、第十九条", entry.Source.Article);
        Assert.Contains("第一步", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("预审合格后由党委发放", entry.Answer, StringComparison.Ordinal);
        Answers("入党申请书跟入党志愿书有什么不同", entry);
    }

    [Fact]
    public void A_heart_to_heart_talk_is_ordinary_organisational_life_not_a_reminder_or_an_admonition()
    {
        var entry = Entry("谈心谈话是不是挨批评？");

        Assert.Contains("每年一般至少1次", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("三者都不是党纪处分", entry.Answer, StringComparison.Ordinal);
        Answers("书记找我谈心谈话 是不是要批评我", entry);
    }

    [Fact]
    public void An_appeal_concerns_ones_own_sanction_and_a_report_someone_elses_wrongdoing_under_article_4()
    {
        var entry = Entry("申诉和检举有什么区别？");

        Assert.Equal("《中国共产党章程》", entry.Source.Document);
        Assert.Equal("第四条", entry.Source.Article);
        Assert.Contains("对党组织给自己的处分或鉴定不服", entry.Answer, StringComparison.Ordinal);
        Answers("检举和申诉哪里不一样", entry);
    }

    [Fact]
    public void An_extended_probation_is_not_a_sanction()
    {
        var entry = Entry("延长预备期是不是处分？");

        Assert.StartsWith("不算", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("只能延长一次，不少于半年、最长不超过一年", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("报上级党组织批准", entry.Answer, StringComparison.Ordinal);
        Answers("预备期被延长了是不是等于受了处分", entry);
    }

    [Fact]
    public void The_retired_members_dues_entry_sets_the_working_rates_beside_the_retired_ones()
    {
        var entry = Entry("退休党员党费怎么交？");

        Assert.Contains("5000元及以下交0.5%，5000元以上交1%", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("在职的交90元", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("6000元每月交60元", entry.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void The_delegate_congress_entry_says_who_attends_each_meeting()
    {
        var entry = Entry("什么情况下可以开党员代表大会选举？");

        Assert.Contains("党员大会由全体党员参加，党员代表大会由选出的代表参加", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("500名以上", entry.Answer, StringComparison.Ordinal);
    }

    /// <summary>Two sanctions or ways out named in one question: an entry holding one of them answers half the question.</summary>
    [Theory]
    [InlineData("开除党籍和除名有什么不同", "劝退和除名有什么区别？")]
    [InlineData("撤销党内职务和留党察看哪个更重", "撤销党内职务后还是党员吗？")]
    [InlineData("撤销党内职务跟免职是一回事吗", "撤销党内职务处分是什么意思？")]
    [InlineData("党籍和组织关系是一回事吗", "党员档案和组织关系是一回事吗？")]
    public void A_comparison_is_not_answered_by_an_entry_about_one_of_its_two_sides(string question, string oneSide)
    {
        var result = ShippedIndex.Search(question);

        Assert.NotEqual(oneSide, result.Answer?.Question);
    }

    [Fact]
    public void Public_employees_sanctions_are_not_answered_with_the_partys_five()
    {
        Assert.NotEqual(KnowledgeVerdict.Answered, ShippedIndex.Search("政务处分有几种").Verdict);
    }

    private static void Answers(string question, KnowledgeEntry entry)
    {
        var result = ShippedIndex.Search(question);

        Assert.True(result.Verdict == KnowledgeVerdict.Answered, $"「{question}」：{result.Verdict}，最近 {result.Best?.Entry.Question}");
        Assert.Equal(entry.Question, result.Answer!.Question);
    }
}
