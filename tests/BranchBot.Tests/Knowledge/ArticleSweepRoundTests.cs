using BranchBot.Core.Knowledge;
using static BranchBot.Tests.Knowledge.ShippedKnowledge;

namespace BranchBot.Tests.Knowledge;

/// <summary>
/// The round on writer-questions-10.tsv (issue 12, docs/benchmarks.md, "A twelfth part"): the articles the sweep found
/// without an entry got one, each pinned here to its article (or marked as practice) and to a member's wording unlike its
/// phrasings; the organisational principle is read as a rules question without the word 党; and questions on articles
/// still without an entry are declined rather than answered with a neighbour.
/// </summary>
public class ArticleSweepRoundTests
{
    [Fact]
    public void A_reminder_talk_and_an_admonition_talk_differ_by_the_problem_and_who_talks_under_article_21()
    {
        var entry = Entry("提醒谈话和诫勉谈话有什么不同？");

        Assert.Equal("《中国共产党党内监督条例》", entry.Source.Document);
        Assert.Equal("第二十一条", entry.Source.Article);
        Assert.Contains("苗头性、倾向性问题", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("轻微违纪", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("上级党组织负责人", entry.Answer, StringComparison.Ordinal);
        Answers("提醒谈话跟诫勉谈话到底差在哪", entry);
    }

    [Fact]
    public void Sanction_principles_cite_the_2023_regulation_by_chapter()
    {
        var entry = Entry("纪律处分工作要坚持哪些原则？");

        Assert.Equal("第一编第一章", entry.Source.Article);
        Assert.Contains("党纪面前一律平等", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("惩前毖后、治病救人", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("2023年修订", entry.Answer, StringComparison.Ordinal);
        Answers("处分党员要讲哪些原则", entry);
    }

    [Theory]
    [InlineData("实行年薪制的党员党费怎么算？", "第三条", "当月实际领到的薪酬", "拿年薪的人党费每月按多少算")]
    [InlineData("个体经营的党员党费怎么算？", "第四条", "上一季度的月平均纯收入", "开个体店的党员党费咋算")]
    public void Salaried_by_the_year_and_self_employed_members_pay_on_their_own_base_at_the_working_rates(string question, string article, string basis, string memberWording)
    {
        var entry = Entry(question);

        Assert.Equal(article, entry.Source.Article);
        Assert.Contains(basis, entry.Answer, StringComparison.Ordinal);
        Assert.Contains("10000元以上2%", entry.Answer, StringComparison.Ordinal);
        Answers(memberWording, entry);
    }

    [Fact]
    public void Dues_are_never_kept_on_a_personal_account()
    {
        var entry = Entry("党费可以存在个人账户里吗？");

        Assert.StartsWith("不可以", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("不得存入个人账户", entry.Answer, StringComparison.Ordinal);
        Answers("党费可以存到个人银行卡吗", entry);
    }

    [Fact]
    public void More_winners_than_seats_are_taken_by_votes_and_a_tie_is_voted_again()
    {
        var entry = Entry("当选的人超过应选名额怎么办？");

        Assert.Equal("《中国共产党基层组织选举工作条例》", entry.Source.Document);
        Assert.Contains("按得票多少排序", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("再投一次票", entry.Answer, StringComparison.Ordinal);
        Answers("得票过半的人超过名额怎么取", entry);
    }

    [Fact]
    public void A_secretary_does_not_decide_major_matters_alone_under_article_10()
    {
        var entry = Entry("书记一个人能决定支部的重大事情吗？");

        Assert.Equal("第十条", entry.Source.Article);
        Assert.StartsWith("不能", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("集体领导、民主集中、个别酝酿、会议决定", entry.Answer, StringComparison.Ordinal);
        Answers("重大问题书记能一个人拍板吗", entry);
    }

    [Fact]
    public void State_enterprise_party_committees_lead_under_article_33()
    {
        var entry = Entry("国有企业的党组织发挥什么作用？");

        Assert.Equal("第三十三条", entry.Source.Article);
        Assert.Contains("把方向、管大局、保落实", entry.Answer, StringComparison.Ordinal);
        Answers("国有企业党组织是干什么的", entry);
    }

    [Fact]
    public void Each_fields_branch_focus_is_cited_by_chapter()
    {
        var entry = Entry("不同领域的党支部工作重点有什么不同？");

        Assert.Equal("第三章", entry.Source.Article);
        Assert.Contains("围绕生产经营", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("围绕服务中心、建设队伍", entry.Answer, StringComparison.Ordinal);
        Answers("机关党支部主要抓什么", entry);
    }

    [Fact]
    public void The_committee_before_the_general_meeting_is_practice_and_does_not_replace_its_decision()
    {
        var entry = Entry("支部的重要事项先上支委会还是先上党员大会？");

        Assert.True(entry.Source.IsCommonPractice);
        Assert.Contains("支委会不能替代", entry.Answer, StringComparison.Ordinal);
        Answers("支部的重要事情要先上支委会吗", entry);
    }

    [Theory]
    [InlineData("民主集中制具体说的是什么", true)]
    [InlineData("民主集中制的四个服从是什么", true)]
    [InlineData("怎么把大家的意见集中起来", false)]
    public void The_organisational_principle_is_a_rules_question_without_naming_the_party(string question, bool inScope)
    {
        Assert.Equal(inScope, KnowledgeScope.Covers(KnowledgeTextNormalizer.Normalize(question)));
    }

    [Theory]
    [InlineData("支部活动室谁来提供")]
    [InlineData("违纪好几年了还会被追究吗")]
    public void A_question_on_an_article_still_without_an_entry_is_declined_not_answered_with_a_neighbour(string question)
    {
        Assert.NotEqual(KnowledgeVerdict.Answered, ShippedIndex.Search(question).Verdict);
    }

    private static void Answers(string question, KnowledgeEntry entry)
    {
        var result = ShippedIndex.Search(question);

        Assert.True(result.Verdict == KnowledgeVerdict.Answered, $"「{question}」：{result.Verdict}，最近 {result.Best?.Entry.Question}");
        Assert.Equal(entry.Question, result.Answer!.Question);
    }
}
