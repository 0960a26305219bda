using BranchBot.Dialogs.Engine.Prompts;

namespace BranchBot.Dialogs.Tests.Engine;

/// <summary>A reply to a yes/no question that is neither: a statement of its own, or a hesitation or question.</summary>
public class YesNoStatementTests
{
    [Theory]
    [InlineData("家里老人生病住院了，有点顾不过来")]
    [InlineData("希望支部活动能安排在周末")]
    [InlineData("孩子明年上小学，学区的事还没着落")]
    [InlineData("最近在学二十大报告")]
    public void A_statement_is_neither_yes_nor_no_and_is_told_apart(string reply)
    {
        Assert.Null(YesNoReader.Read(reply));
        Assert.True(YesNoReader.IsStatement(reply));
    }

    [Theory]
    [InlineData("是")]
    [InlineData("否")]
    [InlineData("需要")]
    [InlineData("不用了，就是说说而已")]
    [InlineData("看情况吧")]
    [InlineData("再想想")]
    [InlineData("什么意思？")]
    [InlineData("你们能帮什么？")]
    [InlineData("1")]
    [InlineData("嗯")]
    public void An_answer_a_hesitation_or_a_question_is_not_a_statement(string reply)
    {
        Assert.False(YesNoReader.IsStatement(reply));
    }
}
