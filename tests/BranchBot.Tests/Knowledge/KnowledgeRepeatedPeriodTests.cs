using BranchBot.Core.Knowledge;

namespace BranchBot.Tests.Knowledge;

/// <summary>
/// 月月 and 年年 are how members say 每月 and 每年 ("主题党日是不是月月都得搞"); read as such, the entries about how often
/// answer them (writer-questions-13, docs/benchmarks.md "Asked kinds").
/// </summary>
public class KnowledgeRepeatedPeriodTests
{
    [Fact]
    public void Months_and_years_said_twice_read_as_every_month_and_every_year()
    {
        Assert.Contains("每月", KnowledgeTextNormalizer.Normalize("是不是月月都要开"), StringComparison.Ordinal);
        Assert.Contains("每年", KnowledgeTextNormalizer.Normalize("年年都要开吗"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("支委会是不是月月都要开", "支委会多长时间开一次？")]
    [InlineData("组织生活会年年都要开吗", "组织生活会一年开几次？")]
    [InlineData("党费是月月交吗", "党费多久交一次？")]
    public void How_often_questions_said_so_are_answered_by_the_frequency_entry(string question, string expected)
    {
        var result = ShippedKnowledge.ShippedIndex.Search(question);

        Assert.Equal(KnowledgeVerdict.Answered, result.Verdict);
        Assert.Equal(expected, result.Answers[0].Question);
    }
}
