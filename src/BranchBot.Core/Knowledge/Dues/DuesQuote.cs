namespace BranchBot.Core.Knowledge.Dues;

/// <summary>
/// Monthly dues worked out: the amount (or, for farmers, the range) in 元, the bracket and the rate used, and the
/// regulation it rests on.
/// </summary>
public sealed record DuesQuote(decimal Amount, decimal? UpperAmount, string Bracket, string Rate, string Source);
