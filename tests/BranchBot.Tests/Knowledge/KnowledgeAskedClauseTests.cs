using BranchBot.Core.Knowledge;

namespace BranchBot.Tests.Knowledge;

/// <summary>
/// The asked clause read apart from the situation told before it ("我们选委员 有个候选人票数刚好一半 算选上吗" asks "算选上吗"
/// about 候选人/票数): a best entry holding all the asked clause's topic, with a lead of 0.25 and separating words leaning
/// its way by 0.3, answers although the situation dilutes the whole question's figures (docs/benchmarks.md, "The answer
/// gate and the asked clause"). Checked on the shipped knowledge base against the gate without the rule.
/// </summary>
public class KnowledgeAskedClauseTests
{
    private static readonly KnowledgeIndex WithoutAskedRule = new(ShippedKnowledge.Entries, KnowledgeThresholds.Default with { AskedMatch = double.MaxValue });

    [Theory]
    [InlineData("我是预备党员 下个月支部换届 我能投票吗", "我能投票吗")]
    [InlineData("老党员腿脚不方便来不了 学习怎么安排", "学习怎么安排")]
    [InlineData("在外地打工的党员，党费是交老家支部吗", "党费是交老家支部吗")]
    [InlineData("党费是交老家支部吗", "党费是交老家支部吗")]
    [InlineData("我是预备党员", "我是预备党员")]
    public void The_asked_clause_starts_at_the_first_clause_holding_a_question_word(string question, string asked)
    {
        Assert.Equal(asked, KnowledgeAskedClause.Asked(question));
    }

    [Theory]
    [InlineData("我们村支部换届 有个候选人得票正好一半 算当选吗", "候选人得多少票才能当选？")]
    [InlineData("我爸是老党员瘫痪在床 来不了 学习咋安排", "年老体弱的党员怎么参加学习？")] // 腿脚不便 is now read as 行动不便 (MemberWordMappingTests)
    [InlineData("在外地打工的党员 党费是交老家支部吗", "党费应当交给哪个支部？")]
    [InlineData("我是支部书记 想找有情绪的党员聊聊 谈心谈话一般谈些啥", "谈心谈话一般谈什么？")]
    public void A_situation_before_the_question_no_longer_hides_an_entry_holding_what_is_asked(string question, string expected)
    {
        Assert.NotEqual(KnowledgeVerdict.Answered, WithoutAskedRule.Search(question).Verdict);

        var result = ShippedKnowledge.ShippedIndex.Search(question);

        Assert.Equal([expected], result.Answers.Select(e => e.Question));
        Assert.Equal(KnowledgeGateRule.AskedMatch, KnowledgeThresholds.Default.Rule(result.Best!));
    }

    [Theory]
    [InlineData("关系转出去好久了对方一直没接收 咋整")]
    [InlineData("我刚选上宣传委员 不太懂 要干啥")]
    public void An_asked_clause_naming_no_topic_of_its_own_is_not_answered_by_the_rule(string question)
    {
        var best = ShippedKnowledge.ShippedIndex.Search(question).Best!;

        Assert.Equal(0, best.AskedTopicCoverage);
        Assert.NotEqual(KnowledgeGateRule.AskedMatch, KnowledgeThresholds.Default.Rule(best));
    }

    [Theory]
    [InlineData("政审要审些啥", "发展对象一定要进行政治审查吗？", true)]
    [InlineData("谈心谈话一般谈些啥", "谈心谈话一般谈什么？", false)]
    [InlineData("个体户是不是就入不了党", "什么职业的人可以入党？", false)]
    [InlineData("党费是交老家支部吗", "党费可以按季度交吗？", false)]
    public void A_what_question_is_told_from_an_entry_asking_yes_or_no(string asked, string entryQuestion, bool mismatch)
    {
        Assert.Equal(mismatch, KnowledgeAskedClause.AsksWhat(asked) && KnowledgeAskedClause.IsYesNo(entryQuestion));
    }
}
