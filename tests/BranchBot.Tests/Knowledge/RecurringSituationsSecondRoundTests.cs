using BranchBot.Core.Knowledge;

namespace BranchBot.Tests.Knowledge;

/// <summary>
/// Situations asked as not covered in several of writer-questions-10…16 (issue 12, helper-av, docs/benchmarks.md
/// "Recurring situations, second round"): a 培养联系人 who moves away or is changed, 谈心谈话 by telephone or video, a
/// 预备党员 abroad when the 预备期 ends, and who does the 政治审查. Wordings in no part; each was declined or answered by
/// a neighbour before.
/// </summary>
public class RecurringSituationsSecondRoundTests
{
    [Theory]
    [InlineData("培养联系人换单位了 积极分子怎么办", "培养联系人调走了怎么办？")]
    [InlineData("谈心谈话打电话谈算不算", "谈心谈话能用电话或微信吗？")]
    [InlineData("能不能用视频跟党员谈心", "谈心谈话能用电话或微信吗？")]
    [InlineData("预备党员出国读研 预备期满了怎么转正", "出国留学的党员组织关系怎么办？")]
    [InlineData("政审一般是谁来搞", "政治审查怎么进行？")]
    public void The_situation_is_answered_by_the_entry_that_covers_it(string question, string expected)
    {
        var result = ShippedKnowledge.ShippedIndex.Search(question);

        Assert.Equal(KnowledgeVerdict.Answered, result.Verdict);
        Assert.Equal(expected, result.Answers[0].Question);
    }

    [Theory]
    [InlineData("预审由谁来做", "发展对象的预审由谁来做？")]
    [InlineData("谈心谈话一年几次", "谈心谈话每年要谈几次？")]
    [InlineData("预备期满了怎么转正 要自己写申请吗", "预备党员转正有哪些手续？")]
    public void Neighbouring_questions_keep_their_own_entries(string question, string expected)
    {
        var result = ShippedKnowledge.ShippedIndex.Search(question);

        Assert.Equal(KnowledgeVerdict.Answered, result.Verdict);
        Assert.Equal(expected, result.Answers[0].Question);
    }

    [Fact]
    public void Who_does_the_review_is_told_as_practice_beside_the_article_that_requires_it()
    {
        var entry = ShippedKnowledge.ShippedIndex.Search("政审一般是谁来搞").Answers[0];

        Assert.Contains("党支部具体负责", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("各地做法", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("第十六条", entry.Source.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_probationer_abroad_is_told_the_branch_decides_after_return_and_never_early()
    {
        var entry = ShippedKnowledge.ShippedIndex.Search("预备党员出国读研 预备期满了怎么转正").Answers[0];

        Assert.Contains("按期转正", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("不能提前", entry.Answer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("培养联系人换单位了 积极分子怎么办")]
    [InlineData("谈心谈话打电话谈算不算")]
    public void The_new_entries_are_marked_as_practice(string question)
    {
        var entry = ShippedKnowledge.ShippedIndex.Search(question).Answers[0];

        Assert.Contains("各地常见做法", entry.Source.ToString(), StringComparison.Ordinal);
    }
}
