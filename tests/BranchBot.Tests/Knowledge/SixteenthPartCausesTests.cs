using BranchBot.Core.Knowledge;

namespace BranchBot.Tests.Knowledge;

/// <summary>
/// Causes found on writer-questions-16's declined lines (issue 12, helper-av, docs/benchmarks.md "Recurring situations,
/// second round"), each fixed as a rule other phrasings also hit: 务农 and 种田 are
/// 农民; 没收入 is no income (it read as 工资 and pulled the salary entries); the 一 of 一个月 after an amount is no digit of
/// it; 党小组 against 党支部 is what the 党小组 entry explains. Wordings in no part.
/// </summary>
public class SixteenthPartCausesTests
{
    [Theory]
    [InlineData("种田的党员每个月党费多少", "农民党员交多少党费？")]
    [InlineData("在读研究生没收入 党费交多少", "学生党员交多少党费？")]
    [InlineData("我工资一万二一个月 党费交多少", "月工资12000元交多少党费？")]
    [InlineData("党小组跟党支部有啥区别", "党小组有什么作用？")]
    public void The_line_is_answered_by_its_entry(string question, string expected)
    {
        var result = ShippedKnowledge.ShippedIndex.Search(question);

        Assert.Equal(KnowledgeVerdict.Answered, result.Verdict);
        Assert.Equal(expected, result.Answers[0].Question);
    }
}
