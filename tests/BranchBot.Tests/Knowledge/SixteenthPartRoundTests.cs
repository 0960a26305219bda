using BranchBot.Core.Knowledge;

namespace BranchBot.Tests.Knowledge;

/// <summary>
/// Causes found on writer-questions-16 (issue 12, helper-as, docs/benchmarks.md "Recurring uncovered situations"), each fixed
/// as a rule and checked on wordings in no part: a bare "党费交多少" answered with the student's fixed amount, 工作日 not read
/// as a time asked, being elected into 支委会 not reaching 被选举权, and 缺席 questions left out of scope.
/// </summary>
public class SixteenthPartRoundTests
{
    [Theory]
    [InlineData("党费交多少", "在职党员党费怎么计算？")]
    [InlineData("预备党员可以被选进支部委员会吗", "预备党员有没有表决权、选举权和被选举权？")]
    [InlineData("无故缺席支部活动几次要挨批评", "一年缺几次组织生活会被处理？")]
    public void The_line_is_answered_by_the_entry_that_answers_it(string question, string expected)
    {
        var result = ShippedKnowledge.ShippedIndex.Search(question);

        Assert.Equal(KnowledgeVerdict.Answered, result.Verdict);
        Assert.Equal(expected, result.Answers[0].Question);
    }

    [Fact]
    public void Working_days_ask_how_long()
    {
        var intent = KnowledgeIntentReader.Read(KnowledgeTextNormalizer.Normalize("组织关系转过去要几个工作日"));

        Assert.True(intent.HasFlag(KnowledgeIntent.TimeLimit));
    }

    [Theory]
    [InlineData("上课无故缺席几次会挂科")]
    [InlineData("员工无故缺席几次会被开除")]
    public void Absence_from_a_class_or_a_job_is_no_rules_question(string question)
    {
        Assert.Equal(KnowledgeVerdict.OutOfScope, ShippedKnowledge.ShippedIndex.Search(question).Verdict);
    }
}
