namespace BranchBot.Core.Knowledge.Dues;

/// <summary>
/// The one answer to a dues question, for chat and the ask CLI alike: the dues computed with bracket, rate and
/// source (Quote set), or a question back for the income when it is missing or cannot be read with certainty.
/// </summary>
public sealed record DuesAnswer(string Text, DuesQuote? Quote)
{
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
            return new DuesAnswer(dues.IncomeUnclear ? DuesTexts.IncomeUnclear : DuesTexts.NeedsIncome, null);
        }

        var quote = DuesCalculator.Calculate(dues.Kind, dues.MonthlyIncome);
        var preparatory = question.Contains("预备党员", StringComparison.Ordinal);
        return new DuesAnswer(DuesTexts.Computed(dues, quote, preparatory), quote);
    }
}
