using System.Globalization;
using BranchBot.Core.Knowledge.Dues;

namespace BranchBot.Dialogs.Knowledge;

/// <summary>The dues answers, one text for chat and the ask CLI alike.</summary>
public static class DuesTexts
{
    public const string NeedsIncome = "请告诉我你的税后月工资（离退休党员请说月离退休费），例如：我税后月工资8000元交多少党费";

    public const string IncomeUnclear =
        "我没能确定你每月的收入是多少，为免算错，请直接告诉我一个具体数字：在职党员说税后月工资，离退休党员说月离退休费，例如：我税后月工资8000元交多少党费";

    public const string PreparatoryNote = "预备党员从支部大会通过之日起交纳党费。";

    public static string Say(DuesAnswer answer) => answer switch
    {
        DuesAnswer.NeedsIncome => NeedsIncome,
        DuesAnswer.IncomeUnclear => IncomeUnclear,
        DuesAnswer.Computed computed => Computed(computed),
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, "A dues answer without wording."),
    };

    private static string Computed(DuesAnswer.Computed answer)
    {
        var quote = answer.Quote;
        var text = answer.Kind switch
        {
            DuesPayerKind.Employed or DuesPayerKind.Retired =>
                $"按{(answer.Kind == DuesPayerKind.Retired ? "月离退休费" : "税后月工资")}{Yuan(answer.MonthlyIncome!.Value)}元计算，属于“{quote.Bracket}”一档，按{quote.Rate}交纳，每月应交党费{Yuan(quote.Amount)}元（按月交纳，一个季度{Yuan(quote.Amount * 3)}元，一年{Yuan(quote.Amount * 12)}元）。",
            _ => $"{quote.Bracket}{quote.Rate}交纳党费。",
        };

        return $"{text}{(answer.Preparatory ? "\n" + PreparatoryNote : "")}\n\n依据：{quote.Source}";
    }

    private static string Yuan(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);
}
