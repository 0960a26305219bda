using BranchBot.Core.Knowledge;

namespace BranchBot.Tests.Knowledge;

/// <summary>
/// An entry that is an example for one amount ("月工资20000元交多少党费？") does not answer a question naming another: before,
/// "工资八千五 党费交多少" was answered with the 20000 example because 8500 is in no entry and the rest of the words match
/// every example alike.
/// </summary>
public class KnowledgeAmountTests
{
    [Theory]
    [InlineData("工资八千五 党费交多少", "在职党员党费怎么计算？")]
    [InlineData("我退休工资四千二 党费一个月多少", "退休党员党费怎么交？")]
    public void A_question_naming_an_amount_no_example_holds_gets_the_general_entry(string question, string expected)
    {
        var result = ShippedKnowledge.ShippedIndex.Search(question);

        Assert.Equal(expected, result.Best!.Entry.Question);
        Assert.DoesNotContain(result.Matches, m => m.Entry.Question.Contains("元交多少党费", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("月工资8000元党费交多少", "月工资8000元交多少党费？")]
    [InlineData("工资八千 党费交多少", "月工资8000元交多少党费？")]
    public void A_question_naming_an_example_amount_still_gets_that_example(string question, string expected)
    {
        Assert.Equal(expected, ShippedKnowledge.ShippedIndex.Search(question).Best!.Entry.Question);
    }

    [Fact]
    public void Amounts_are_whole_numbers_of_100_or_more_that_are_not_years()
    {
        Assert.Equal([8500L], KnowledgeAmounts.In("工资8500党费交多少"));
        Assert.Empty(KnowledgeAmounts.In("2023年修订的条例第10条"));
        Assert.Empty(KnowledgeAmounts.In("预备期12个月"));
    }
}
