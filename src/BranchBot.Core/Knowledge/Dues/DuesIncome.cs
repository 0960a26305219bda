namespace BranchBot.Core.Knowledge.Dues;

/// <summary>
/// The monthly income read from a dues question: an amount, none given, or one that cannot be read with certainty
/// (several amounts, "五千多", a yearly or pre-tax figure), which is asked for rather than guessed.
/// </summary>
public readonly record struct DuesIncome(decimal? Amount, bool Unclear)
{
    public static DuesIncome None => new(null, false);

    public static DuesIncome Uncertain => new(null, true);

    public static DuesIncome Of(decimal amount) => new(amount, false);
}
