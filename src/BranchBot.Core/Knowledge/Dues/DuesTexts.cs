using System.Globalization;

namespace BranchBot.Core.Knowledge.Dues;

/// <summary>The dues answers, one text for chat and the ask CLI alike.</summary>
public static class DuesTexts
{
    public const string NeedsIncome = "请告诉我你的税后月工资（离退休党员请说月离退休费），例如：我税后月工资8000元交多少党费";

    public const string IncomeUnclear =
        "我没能确定你每月的收入是多少，为免算错，请直接告诉我一个具体数字：在职党员说税后月工资，离退休党员说月离退休费，例如：我税后月工资8000元交多少党费";

    public const string PreparatoryNote = "预备党员从支部大会通过之日起交纳党费。";

    public static string Computed(DuesQuestion question, DuesQuote quote, bool preparatory)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(quote);
        var text = question.Kind switch
        {
            DuesPayerKind.Employed or DuesPayerKind.Retired =>
                $"按{(question.Kind == DuesPayerKind.Retired ? "月离退休费" : "税后月工资")}{Yuan(question.MonthlyIncome!.Value)}元计算，属于“{quote.Bracket}”一档，按{quote.Rate}交纳，每月应交党费{Yuan(quote.Amount)}元。",
            _ => $"{quote.Bracket}{quote.Rate}交纳党费。",
        };

        return $"{text}{(preparatory ? "\n" + PreparatoryNote : "")}\n\n依据：{quote.Source}";
    }

    private static string Yuan(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);
}
