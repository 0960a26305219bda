using BranchBot.Core.Dues;

namespace BranchBot.Tests.Dues;

/// <summary>
/// The monthly amount of a 交纳基数 comes from the knowledge base's one calculator (中组发〔2008〕3号 第二、五、六条):
/// every bracket and its boundaries, pensions, and the fixed amounts.
/// </summary>
public class DuesAmountTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(2999.99, 15.00)]
    [InlineData(3000.00, 15.00)]
    [InlineData(3000.01, 30.00)]
    [InlineData(4999.99, 50.00)]
    [InlineData(5000.00, 50.00)]
    [InlineData(5000.01, 75.00)]
    [InlineData(8000.00, 120.00)]
    [InlineData(10000.00, 150.00)]
    [InlineData(10000.01, 200.00)]
    [InlineData(12345.67, 246.91)]
    public void Salaries_after_tax_pay_by_bracket(decimal income, decimal expected) =>
        Assert.Equal(expected, Base(DuesStatus.Employed, income).MonthlyAmount);

    [Theory]
    [InlineData(3000.00, 15.00)]
    [InlineData(5000.00, 25.00)]
    [InlineData(5000.01, 50.00)]
    [InlineData(7200.00, 72.00)]
    public void Pensions_pay_half_a_percent_up_to_5000_and_one_percent_above(decimal pension, decimal expected) =>
        Assert.Equal(expected, Base(DuesStatus.Retired, pension).MonthlyAmount);

    [Theory]
    [InlineData(DuesStatus.Student)]
    [InlineData(DuesStatus.Unemployed)]
    [InlineData(DuesStatus.LowIncome)]
    [InlineData(DuesStatus.Farmer)]
    public void Statuses_pay_twenty_fen(DuesStatus status) =>
        Assert.Equal(0.20m, Base(status, null).MonthlyAmount);

    [Fact]
    public void A_farmer_pays_what_the_branch_fixed_within_the_range() =>
        Assert.Equal(0.50m, (Base(DuesStatus.Farmer, null) with { FixedAmount = 0.5m }).MonthlyAmount);

    [Fact]
    public void Amounts_keep_two_places()
    {
        var amount = Base(DuesStatus.Employed, 3333.33m).MonthlyAmount;
        Assert.Equal(33.33m, amount);
        Assert.Equal(2, amount.Scale);
    }

    [Fact]
    public void A_sum_is_split_over_months_in_fen_with_the_remainder_last() =>
        Assert.Equal([33.33m, 33.33m, 33.34m], DuesService.Split(100m, 3));

    private static DuesBase Base(DuesStatus status, decimal? income) => new()
    {
        MemberId = "m1", EffectiveFrom = new DuesMonth(2026, 1), Status = status, MonthlyIncome = income, SetById = "s", SetAt = DateTimeOffset.UnixEpoch,
    };
}
