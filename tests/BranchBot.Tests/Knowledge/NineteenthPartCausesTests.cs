using BranchBot.Core.Knowledge;

namespace BranchBot.Tests.Knowledge;

/// <summary>
/// Causes found on writer-questions-18's and writer-questions-19's wrong answers (issue 12, helper-bb, docs/benchmarks.md
/// "Bracket bounds, named standings and a twenty-first part"), each fixed as a rule other phrasings also hit. Wordings in
/// no part.
/// </summary>
public class NineteenthPartCausesTests
{
    /// <summary>
    /// 自行脱党 is a standing of its own: an entry on 退党 or 劝退, holding no 脱党, does not answer a 脱党 question,
    /// however alike the procedure words read.
    /// </summary>
    [Fact]
    public void A_lapsed_membership_question_is_not_answered_with_leaving_the_party_by_request()
    {
        var result = ShippedKnowledge.ShippedIndex.Search("自行脱党要走啥程序呢");

        Assert.DoesNotContain(result.Answers, entry => entry.Question is "党员要求退党要办什么手续？" or "劝退要经过什么程序？");
    }

    [Fact]
    public void Lapsing_from_the_party_is_a_named_standing()
    {
        Assert.NotEqual(0UL, KnowledgeNamedTerms.Named(KnowledgeTextNormalizer.Normalize("多久不交党费算脱党")));
    }

    /// <summary>
    /// "N以上" is the bracket above N, which N itself is not in: a retiree asking the rate above five thousand is told the
    /// retirees' brackets, not the example entry for exactly five thousand (which says 0.5%).
    /// </summary>
    [Fact]
    public void A_pension_above_a_bound_is_answered_with_the_brackets_not_the_example_for_the_bound()
    {
        var result = ShippedKnowledge.ShippedIndex.Search("退休费五千块以上的党费按几个点交");

        Assert.Equal(KnowledgeVerdict.Answered, result.Verdict);
        Assert.Equal("退休党员党费怎么交？", result.Best!.Entry.Question);
    }

    [Theory]
    [InlineData("退休金五千以上", -5000L)]
    [InlineData("工资8000元以上", -8000L)]
    [InlineData("工资3000元以下", 3000L)]
    [InlineData("月工资8000元", 8000L)]
    public void An_amount_followed_by_above_is_a_bound_and_any_other_an_amount(string text, long expected)
    {
        Assert.Equal([expected], KnowledgeAmounts.In(KnowledgeTextNormalizer.Normalize(text)));
    }

    /// <summary>
    /// 拘留 is named: a member detained for drink-driving asks about an administrative penalty, which the 醉驾 entry (a
    /// criminal sentence, 拘役) does not answer as its own question; with no entry holding both it is declined, not answered
    /// with 醉驾.
    /// </summary>
    [Fact]
    public void A_detention_for_drink_driving_is_not_answered_with_the_drunk_driving_conviction()
    {
        var result = ShippedKnowledge.ShippedIndex.Search("酒后开车被行政拘留 组织上会怎么处理");

        Assert.DoesNotContain(result.Answers, entry => entry.Question == "党员醉驾会被开除党籍吗？");
    }

    /// <summary>拼音 slips for 积极分子 and 脱党 read as the terms; 拖党费 (putting off dues) stays as typed.</summary>
    [Theory]
    [InlineData("积级分子怎么培养", "党组织怎样培养教育入党积极分子？")]
    [InlineData("半年没交党费算拖党吗", "什么情况下被认为自行脱党？")]
    [InlineData("拖党费会怎样", "不按时交党费有什么后果？")]
    public void Input_slips_for_activist_and_lapsed_read_as_the_terms(string question, string expected)
    {
        var result = ShippedKnowledge.ShippedIndex.Search(question);

        Assert.Equal(KnowledgeVerdict.Answered, result.Verdict);
        Assert.Equal(expected, result.Best!.Entry.Question);
    }

    /// <summary>
    /// Member words the entries lacked (碰头 for a group's meeting, 有效 for a quorum, 处理办法 for 处置, a term run out without
    /// an election), each a phrasing of the entry that answers it.
    /// </summary>
    [Theory]
    [InlineData("我们党小组一般多久碰个头", "党小组会多久开一次？")]
    [InlineData("党员大会来的人不够还算有效吗", "党员大会到会多少人才能开？")]
    [InlineData("不合格的党员有几种处理办法", "不合格党员怎么处置？")]
    [InlineData("支委到期了没换届怎么弄", "任期届满必须按时换届吗？")]
    public void Member_words_for_meetings_quorum_handling_and_overdue_elections_reach_their_entries(string question, string expected)
    {
        var result = ShippedKnowledge.ShippedIndex.Search(question);

        Assert.Equal(KnowledgeVerdict.Answered, result.Verdict);
        Assert.Equal(expected, result.Best!.Entry.Question);
    }
}
