using BranchBot.Core.Knowledge;

namespace BranchBot.Tests.Knowledge;

/// <summary>
/// A two-part line whose whole is answered with the second part's entry (docs/benchmarks.md, "Member words and regulation
/// words"): when the first part alone is sure of another entry, the whole also ranks it among its closest, the first part
/// alone does not rank the whole's entry, and the first part asks something rather than telling the member's situation,
/// both are answered, the first part's first. Checked on the shipped knowledge base.
/// </summary>
public class KnowledgeFirstHalfTests
{
    private static readonly KnowledgeIndex WithoutFirstHalf = new(ShippedKnowledge.Entries, null, KnowledgeTokenizer.Terms, null,
        KnowledgeIndex.DefaultTwoParts & ~KnowledgeTwoParts.FirstHalfWhenWholeAnswersSecond & ~KnowledgeTwoParts.FirstHalfWhenSureOfAnother);

    [Theory]
    [InlineData("组织生活会前要准备什么 对照检查材料怎么写", "组织生活会前要做哪些准备？", "对照检查材料怎么写？")]
    public void The_first_half_is_answered_before_the_second_the_whole_found(string question, string first, string second)
    {
        var before = WithoutFirstHalf.Search(question);
        var after = ShippedKnowledge.ShippedIndex.Search(question);

        Assert.Equal([second], before.Answers.Select(e => e.Question));
        Assert.Equal([first, second], after.Answers.Select(e => e.Question));
        Assert.All(after.Parts, p => Assert.Equal(KnowledgeVerdict.Answered, p.Verdict));
    }

    private static readonly KnowledgeIndex WithoutSureFirstHalf = new(ShippedKnowledge.Entries, null, KnowledgeTokenizer.Terms, null,
        KnowledgeIndex.DefaultTwoParts & ~KnowledgeTwoParts.FirstHalfWhenSureOfAnother);

    /// <summary>
    /// The first part asks and is alone sure of its entry, the whole was answered with the follow-up's entry only: whatever
    /// else the whole or the first part ranks, the first part is answered first (writer-questions-20's two-part lines).
    /// </summary>
    [Theory]
    [InlineData("预备期得多少年 延期能延几次", "预备期是多长时间？", "预备期能延长吗？")]
    public void A_sure_first_half_is_answered_before_the_follow_up_the_whole_found(string question, string first, string second)
    {
        var before = WithoutSureFirstHalf.Search(question);
        var after = ShippedKnowledge.ShippedIndex.Search(question);

        Assert.Equal([second], before.Answers.Select(e => e.Question));
        Assert.Equal([first, second], after.Answers.Select(e => e.Question));
    }

    [Theory]
    [InlineData("我停止党籍好几年了 想恢复 能恢复吗", "停止党籍的党员还能恢复党籍吗？")] // the first part tells the situation
    public void A_first_half_telling_the_situation_adds_nothing(string question, string answered)
    {
        Assert.Equal([answered], ShippedKnowledge.ShippedIndex.Search(question).Answers.Select(e => e.Question));
    }
}
