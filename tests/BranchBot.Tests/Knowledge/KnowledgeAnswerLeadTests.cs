using BranchBot.Core.Knowledge;

namespace BranchBot.Tests.Knowledge;

/// <summary>An entry's opening yes or no, fitted to how the member asked.</summary>
public class KnowledgeAnswerLeadTests
{
    private const string NoVote = "没有。预备党员没有表决权、选举权和被选举权。";
    private const string MustAsk = "要。常见做法是提前向支部书记或党小组长说明原因请假。";

    [Theory]
    [InlineData("预备党员有表决权吗", NoVote)]
    [InlineData("预备党员有没有选举权", NoVote)]
    [InlineData("预备党员能投票吗", "不能。预备党员没有表决权、选举权和被选举权。")]
    [InlineData("我是预备党员 支部选举我能选别人吗", "不能。预备党员没有表决权、选举权和被选举权。")]
    [InlineData("预备党员可不可以投票", "不可以。预备党员没有表决权、选举权和被选举权。")]
    [InlineData("预备党员投票", NoVote)]
    public void A_no_is_said_with_the_questions_own_verb(string question, string said) =>
        Assert.Equal(said, KnowledgeAnswerLead.Fit(question, NoVote));

    [Theory]
    [InlineData("开党员大会来不了要请假吗", MustAsk)]
    [InlineData("来不了需不需要请假", "需要。常见做法是提前向支部书记或党小组长说明原因请假。")]
    [InlineData("怎么请假", "常见做法是提前向支部书记或党小组长说明原因请假。")]
    [InlineData("请假找谁", "常见做法是提前向支部书记或党小组长说明原因请假。")]
    public void A_yes_is_fitted_or_dropped_for_an_open_question(string question, string said) =>
        Assert.Equal(said, KnowledgeAnswerLead.Fit(question, MustAsk));

    [Theory]
    [InlineData("政审一定要做吗", "必须。")]
    [InlineData("政审需要做吗", "必须。")]
    [InlineData("政审是必须的吗", "是。")]
    public void A_firm_must_stays_where_the_question_asks_whether_it_is_needed(string question, string lead)
    {
        const string must = "必须。党组织必须对发展对象进行政治审查。";
        Assert.Equal(lead + must["必须。".Length..], KnowledgeAnswerLead.Fit(question, must));
    }

    [Fact]
    public void An_answer_without_a_leading_yes_or_no_is_unchanged()
    {
        const string plain = "支委会一般每月召开1次。";
        Assert.Equal(plain, KnowledgeAnswerLead.Fit("支委会能不能两个月开一次", plain));
    }
}
