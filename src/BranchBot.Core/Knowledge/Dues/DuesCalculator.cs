namespace BranchBot.Core.Knowledge.Dues;

/// <summary>
/// 《关于中国共产党党费收缴、使用和管理的规定》: salaries after tax by bracket (第二条), pensions (第五条), fixed
/// amounts for farmers, students and the unemployed (第六条). Amounts are rounded to the 分.
/// </summary>
public static class DuesCalculator
{
    public const string Regulation = "《关于中国共产党党费收缴、使用和管理的规定》";

    private static readonly (decimal UpTo, decimal Rate, string Bracket)[] SalaryBrackets =
    [
        (3000m, 0.005m, "月工资3000元以下（含）"),
        (5000m, 0.01m, "月工资3000元以上至5000元（含）"),
        (10000m, 0.015m, "月工资5000元以上至10000元（含）"),
        (decimal.MaxValue, 0.02m, "月工资10000元以上"),
    ];

    private static readonly (decimal UpTo, decimal Rate, string Bracket)[] PensionBrackets =
    [
        (5000m, 0.005m, "月离退休费5000元以下（含）"),
        (decimal.MaxValue, 0.01m, "月离退休费5000元以上"),
    ];

    /// <summary>Dues for a monthly income; the income is needed for the employed and the retired only.</summary>
    public static DuesQuote Calculate(DuesPayerKind kind, decimal? monthlyIncome)
    {
        switch (kind)
        {
            case DuesPayerKind.Farmer:
                return new DuesQuote(0.2m, 1m, "农民党员", "每月0.2元至1元", Regulation + "第六条");
            case DuesPayerKind.Student:
                return new DuesQuote(0.2m, null, "学生党员、下岗失业党员、领取最低生活保障金的党员", "每月0.2元", Regulation + "第六条");
        }

        ArgumentNullException.ThrowIfNull(monthlyIncome);
        ArgumentOutOfRangeException.ThrowIfNegative(monthlyIncome.Value);
        var (brackets, article) = kind == DuesPayerKind.Retired ? (PensionBrackets, "第五条") : (SalaryBrackets, "第二条");
        var (_, rate, bracket) = brackets.First(b => monthlyIncome.Value <= b.UpTo);
        var amount = Math.Round(monthlyIncome.Value * rate, 2, MidpointRounding.AwayFromZero);
        return new DuesQuote(amount, null, bracket, (rate * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%", Regulation + article);
    }
}
