using BranchBot.Core.Knowledge.Dues;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Knowledge;

public class DuesTests
{
    [Theory]
    [InlineData(3000, 15, "0.5%")]
    [InlineData(3001, 30.01, "1%")]
    [InlineData(5000, 50, "1%")]
    [InlineData(8000, 120, "1.5%")]
    [InlineData(10000, 150, "1.5%")]
    [InlineData(12000, 240, "2%")]
    public void Salaries_after_tax_pay_the_rate_of_their_bracket(int salary, double dues, string rate)
    {
        var quote = DuesCalculator.Calculate(DuesPayerKind.Employed, salary);

        Assert.Equal((decimal)dues, quote.Amount);
        Assert.Equal(rate, quote.Rate);
        Assert.EndsWith("第二条", quote.Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5000, 25)]
    [InlineData(6000, 60)]
    public void Pensions_pay_half_a_percent_up_to_5000_and_one_percent_above(int pension, int dues)
    {
        Assert.Equal(dues, DuesCalculator.Calculate(DuesPayerKind.Retired, pension).Amount);
    }

    [Theory]
    [InlineData("我税后月工资8000元交多少党费", DuesPayerKind.Employed, 8000)]
    [InlineData("工资一万二的话党费交多少", DuesPayerKind.Employed, 12000)]
    [InlineData("我退休金每月4500元，党费该交几块", DuesPayerKind.Retired, 4500)]
    [InlineData("我是大学生党员，党费交多少", DuesPayerKind.Student, null)]
    [InlineData("我交多少党费", DuesPayerKind.Employed, null)]
    public void A_question_about_ones_own_dues_is_read_with_the_kind_of_payer_and_the_income(string text, DuesPayerKind kind, int? income)
    {
        var question = DuesQuestion.TryParse(text);

        Assert.NotNull(question);
        Assert.Equal(kind, question.Kind);
        Assert.Equal(income, (int?)question.MonthlyIncome);
    }

    [Theory]
    [InlineData("党费按税前还是税后工资算")]
    [InlineData("在职党员党费怎么算")]
    [InlineData("我想一次交5000元特殊党费")]
    [InlineData("支委会多久开一次")]
    public void Questions_about_the_rules_are_left_to_the_knowledge_base(string text)
    {
        Assert.Null(DuesQuestion.TryParse(text));
    }

    [Fact]
    public async Task In_chat_dues_are_computed_with_the_bracket_and_rate_and_the_income_is_asked_for_when_missing()
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();

        secretary.Send("我税后月工资8000元交多少党费").ExpectReply("每月应交党费120元（按月交纳，一个季度360元，一年1440元）。");
        Assert.Contains("月工资5000元以上至10000元（含）", secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("1.5%", secretary.LastReplyText, StringComparison.Ordinal);
        Assert.Contains("依据：《关于中国共产党党费收缴、使用和管理的规定》第二条", secretary.LastReplyText, StringComparison.Ordinal);

        secretary.Send("我交多少党费？").ExpectReply("请告诉我你的税后月工资");
        secretary.Send("问 我是农民党员，党费交多少").ExpectReply("农民党员每月0.2元至1元交纳党费");
    }
}
