using BranchBot.Core.Knowledge;
using BranchBot.Core.Knowledge.Dues;

namespace BranchBot.Tests.Knowledge;

/// <summary>
/// A dues question naming whose dues it asks is answered by that payer's entry, read as the chat's dues answer reads it
/// (issue 12, helper-ap, docs/benchmarks.md "Uncovered situations, situation words and a seventeenth part"): "没收入" read
/// as 工资 pulled a student's or a laid-off member's question to the salaried rule or left it declined.
/// </summary>
public class DuesPayerSteerTests
{
    [Theory]
    [InlineData("下岗以后没了收入 党费怎么交", "失业或领低保的党员交多少党费？")]
    [InlineData("我在读研 党费一个月交多少", "学生党员交多少党费？")]
    [InlineData("在职党员党费怎么计算", "在职党员党费怎么计算？")]
    [InlineData("我还在上学 党费一个月交多少", "学生党员交多少党费？")]
    [InlineData("我退休了 每个月党费交多少钱", "退休党员党费怎么交？")]
    public void The_payer_named_chooses_the_entry(string question, string expected)
    {
        var result = ShippedKnowledge.ShippedIndex.Search(question);

        Assert.Equal(KnowledgeVerdict.Answered, result.Verdict);
        Assert.Equal(expected, result.Answers[0].Question);
    }

    [Fact]
    public void A_first_entry_about_another_payer_gives_way_to_the_asked_payers()
    {
        DuesPayerKind?[] ranked = [DuesPayerKind.Employed, DuesPayerKind.Employed, null, DuesPayerKind.Student];

        Assert.Equal(3, DuesPayerSteer.Steer(DuesPayerSteer.Asked("我还在读书没收入 党费每月交多少"), ranked));
    }

    /// <summary>
    /// The payer reading rules the other payers' entries out as rivals (helper-as): once the steer has put the student's
    /// entry first, the salaried entry it displaced is no close call, so "我还在读书没收入 党费每月交多少" is answered, not declined.
    /// </summary>
    [Fact]
    public void Entries_about_another_payer_are_no_rivals_of_the_asked_payers_entry()
    {
        Assert.True(DuesPayerSteer.RuledOut(DuesPayerKind.Student, DuesPayerKind.Employed));
        Assert.False(DuesPayerSteer.RuledOut(DuesPayerKind.Student, DuesPayerKind.Student));
        Assert.False(DuesPayerSteer.RuledOut(DuesPayerKind.Student, null));
        Assert.False(DuesPayerSteer.RuledOut(null, DuesPayerKind.Employed));
        Assert.Equal(KnowledgeVerdict.Answered, ShippedKnowledge.ShippedIndex.Search("我还在读书没收入 党费每月交多少").Verdict);
    }

    [Fact]
    public void An_entry_about_dues_in_general_or_a_question_naming_no_payer_moves_nothing()
    {
        Assert.Equal(-1, DuesPayerSteer.Steer(DuesPayerKind.Student, [null, DuesPayerKind.Student]));
        Assert.Null(DuesPayerSteer.Asked("党费多久交一次"));
        Assert.Null(DuesPayerSteer.OfEntry("党费多久交一次？"));
        Assert.Equal(DuesPayerKind.Student, DuesPayerSteer.OfEntry("失业或领低保的党员交多少党费？"));
    }
}
