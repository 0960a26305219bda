using BranchBot.Core.Knowledge;

namespace BranchBot.Tests.Knowledge;

/// <summary>
/// Fixed from the fourteenth part's misses by cause (issue 12, helper-al, docs/benchmarks.md "Member words and regulation
/// words"): 位问 typed for 慰问; 留学 asked about 党籍 reached 出国定居; 预备期 asked from which day reached 党龄. Wordings in
/// no part; the 留学 and 预备期 ones were answered with the neighbour, or declined, before the phrasings.
/// </summary>
public class FourteenthPartRoundTests
{
    [Fact]
    public void Weiwen_typed_as_position_question_reads_as_condolence()
    {
        Assert.Contains("慰问", KnowledgeTextNormalizer.Normalize("党费能给困难党员发位问金吗"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("去国外留学三年 我的党籍咋办", "出国留学的党员组织关系怎么办？")]
    [InlineData("出国读研两年 党籍会怎么处理", "出国留学的党员组织关系怎么办？")]
    [InlineData("我的预备期从哪天开始算", "预备期从什么时候开始算？")]
    public void The_entry_of_the_case_asked_answers_not_its_neighbour(string question, string expected)
    {
        var result = ShippedKnowledge.ShippedIndex.Search(question);

        Assert.Equal(KnowledgeVerdict.Answered, result.Verdict);
        Assert.Equal(expected, result.Answers[0].Question);
    }
}
