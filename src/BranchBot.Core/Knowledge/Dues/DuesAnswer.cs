using System.Text.RegularExpressions;

namespace BranchBot.Core.Knowledge.Dues;

/// <summary>
/// The one answer to a dues question, for chat and the ask CLI alike: the dues computed with bracket, rate and
/// source, or a question back for the income when it is missing or cannot be read with certainty. The front ends
/// word it (one wording for both).
/// </summary>
public abstract partial record DuesAnswer
{
    /// <summary>No income in the question: asked for.</summary>
    public sealed record NeedsIncome : DuesAnswer;

    /// <summary>An income that cannot be read with certainty (several amounts, "五千多", …): asked for, not guessed.</summary>
    public sealed record IncomeUnclear : DuesAnswer;

    /// <summary>
    /// The dues worked out: the quote, whose rule it is, the monthly income it rests on (none for the fixed amounts)
    /// and whether the asker is a 预备党员 (who pays from the day the branch meeting admits them).
    /// </summary>
    public sealed record Computed(DuesQuote Quote, DuesPayerKind Kind, decimal? MonthlyIncome, bool Preparatory) : DuesAnswer
    {
        /// <summary>"工资涨到9000了 党费要跟着变吗": the income changed, so when the new amount applies is asked as well.</summary>
        public bool IncomeChanged { get; init; }
    }

    /// <summary>Null when the text is not a question about the asker's own dues.</summary>
    public static DuesAnswer? For(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (DuesQuestion.TryParse(question) is not { } dues)
        {
            return null;
        }

        if (dues.NeedsIncome)
        {
            return dues.IncomeUnclear ? new IncomeUnclear() : new NeedsIncome();
        }

        var quote = DuesCalculator.Calculate(dues.Kind, dues.MonthlyIncome);
        var preparatory = question.Contains("预备党员", StringComparison.Ordinal);
        return new Computed(quote, dues.Kind, dues.MonthlyIncome, preparatory) { IncomeChanged = IncomeChange().IsMatch(question) };
    }

    [GeneratedRegex(@"涨|加薪|降薪|调薪|调资|调了|调整|变了|变动|跟着变|跟着调|降了|减了")]
    private static partial Regex IncomeChange();
}
