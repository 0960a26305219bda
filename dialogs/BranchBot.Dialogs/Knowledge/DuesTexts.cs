using System.Globalization;
using BranchBot.Core.Knowledge.Dues;
using BranchBot.Core.Knowledge.Focus;

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

        return $"{text}{(answer.Preparatory ? "\n" + PreparatoryNote : "")}{(answer.IncomeChanged ? "\n" + IncomeChangedNote : "")}\n\n依据：{quote.Source}{(answer.IncomeChanged ? "；调整时间为各地常见做法" : "")}";
    }

    /// <summary>When a changed income starts to count: practice, as the entry 涨工资后党费什么时候跟着调？ says.</summary>
    public const string IncomeChangedNote =
        "工资变了以后从什么时候按新数额交，各地做法不同：不少地方每年年初核定一次每月应交数额，年内一般不变；也有的从领到新工资的月份起调整。以上级党组织的规定为准，可以问一下支部组织委员。";

    /// <summary>After a salary answer, "退休了呢": a pension is another income, asked for rather than the salary reused.</summary>
    public const string RetiredNeedsPension = "退休后按每月离退休费计算，不再按工资算。请告诉我你每月的退休金，例如：退休金4500一个月";

    /// <summary>
    /// A follow-up to a dues answer ("那我一年交多少", "一个季度呢", "那8000呢", "那预备党员呢"), worked out with what it changes
    /// and the rest of <paramref name="before"/>; also what the next follow-up leans on.
    /// </summary>
    public static (string Reply, AnswerFocus Focus) FollowUp(AnswerFocus before, DuesFollowUp asked, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(asked);
        var kind = asked.Kind ?? before.DuesKind ?? DuesPayerKind.Employed;
        var income = asked.MonthlyIncome ?? (kind == before.DuesKind ? before.MonthlyIncome : null);
        var focus = AnswerFocus.OfDues(before.Question, kind, income, now);
        if (kind is DuesPayerKind.Employed or DuesPayerKind.Retired && income is null)
        {
            return (kind == DuesPayerKind.Retired && before.DuesKind != DuesPayerKind.Retired ? RetiredNeedsPension : NeedsIncome, focus);
        }

        var quote = DuesCalculator.Calculate(kind, income);
        var answer = new DuesAnswer.Computed(quote, kind, income, asked.Preparatory);
        if (asked.Months is not { } months || months == 1 || quote.UpperAmount is not null)
        {
            return ((asked.Preparatory && asked.Kind is null ? "预备党员按同样的标准交纳。" : string.Empty) + Say(answer), focus);
        }

        var basis = kind switch
        {
            DuesPayerKind.Employed => $"按税后月工资{Yuan(income!.Value)}元计算，",
            DuesPayerKind.Retired => $"按月离退休费{Yuan(income!.Value)}元计算，",
            _ => $"{quote.Bracket}",
        };
        var text = $"{basis}每月应交党费{Yuan(quote.Amount)}元，{PeriodName(months)}合计{Yuan(quote.Amount * months)}元（党费按月交纳）。";
        return ($"{text}{(asked.Preparatory ? "\n" + PreparatoryNote : string.Empty)}\n\n依据：{quote.Source}", focus);
    }

    private static string PeriodName(int months) => months switch
    {
        12 => "一年",
        6 => "半年",
        3 => "一个季度",
        _ => $"{months}个月",
    };

    private static string Yuan(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);
}
