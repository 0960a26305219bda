using BranchBot.Core.Knowledge;

namespace BranchBot.Tests.Knowledge;

/// <summary>
/// Fixed from the fifteenth part's misses by cause (issue 12, helper-ap, docs/benchmarks.md "Uncovered situations, situation
/// words and a seventeenth part"): an upper age for joining was asked and the age entry gave only the lower one; a
/// secretary asking how often to talk with each member reached the 党委书记 党课 entry. Wordings in no part; each was
/// declined or answered with the neighbour before.
/// </summary>
public class FifteenthPartRoundTests
{
    [Theory]
    [InlineData("年纪大了还能不能入党 有上限吗", "入党要满多少岁？")]
    [InlineData("当支书的一年至少找每个党员谈几回", "谈心谈话每年要谈几次？")]
    public void The_entry_of_the_case_asked_answers_not_its_neighbour(string question, string expected)
    {
        var result = ShippedKnowledge.ShippedIndex.Search(question);

        Assert.Equal(KnowledgeVerdict.Answered, result.Verdict);
        Assert.Equal(expected, result.Answers[0].Question);
    }

    [Fact]
    public void The_age_entry_says_the_charter_sets_no_upper_age()
    {
        var entry = ShippedKnowledge.Entries.Single(e => e.Question == "入党要满多少岁？");

        Assert.Contains("没有规定年龄上限", entry.Answer, StringComparison.Ordinal);
    }
}
