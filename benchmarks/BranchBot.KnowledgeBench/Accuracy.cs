namespace BranchBot.KnowledgeBench;

/// <summary>
/// How a retriever does on one part of the evaluation set once an answer threshold is applied to its confidence.
/// In scope: ranked (expected entry first, whatever the threshold), answered (any entry), correct (the expected one
/// answered); precision = correct among answered, coverage = correct among all in scope. Out of scope and not
/// covered: how many were not answered.
/// </summary>
internal sealed record Accuracy(double Threshold, int Ranked, int Answered, int Correct, int InScope, int OutDeclined, int OutOfScope, int NotCoveredDeclined, int NotCovered)
{
    /// <summary>Precision first: among answered in-scope questions at least this share must be right.</summary>
    public const double PrecisionTarget = 0.95;

    public double Precision => Answered == 0 ? 1 : (double)Correct / Answered;

    public static Accuracy Measure(IReadOnlyList<(EvaluationCase Case, RetrievalResult Result)> runs, double threshold)
    {
        bool Answers(RetrievalResult r) => r.InScope && r.BestQuestion is not null && r.Confidence >= threshold;
        var inScope = runs.Where(r => r.Case.IsInScope).ToList();
        var outOfScope = runs.Where(r => r.Case.Expected == EvaluationCase.OutOfScope).ToList();
        var notCovered = runs.Where(r => r.Case.Expected == EvaluationCase.NotCovered).ToList();
        return new Accuracy(
            threshold,
            inScope.Count(r => r.Result.BestQuestion == r.Case.Expected),
            inScope.Count(r => Answers(r.Result)),
            inScope.Count(r => r.Result.BestQuestion == r.Case.Expected && Answers(r.Result)),
            inScope.Count,
            outOfScope.Count(r => !Answers(r.Result)),
            outOfScope.Count,
            notCovered.Count(r => !Answers(r.Result)),
            notCovered.Count);
    }

    /// <summary>
    /// The threshold among the observed confidences that answers the most in-scope questions correctly with precision
    /// at least <see cref="PrecisionTarget"/> and at least 90% of out-of-scope questions declined (tuned on the tuning
    /// part only); without one, the most precise threshold.
    /// </summary>
    public static Accuracy Tune(IReadOnlyList<(EvaluationCase Case, RetrievalResult Result)> runs)
    {
        var candidates = runs.Select(r => r.Result.Confidence).Append(0).Append(double.MaxValue).Distinct()
            .Select(threshold => Measure(runs, threshold))
            .Where(a => a.OutDeclined >= 0.9 * a.OutOfScope)
            .ToList();
        return candidates.Where(a => a.Precision >= PrecisionTarget && a.Answered > 0)
                .OrderByDescending(a => a.Correct).ThenByDescending(a => a.NotCoveredDeclined).ThenBy(a => a.Threshold)
                .FirstOrDefault()
            ?? candidates.OrderByDescending(a => a.Precision).ThenByDescending(a => a.Correct).First();
    }

    public string Cells() =>
        $"{Percent(Ranked, InScope)} | {Percent(Correct, Answered)} | {Percent(Correct, InScope)} | {Percent(OutDeclined, OutOfScope)} | {Percent(NotCoveredDeclined, NotCovered)}";

    private static string Percent(int count, int total) => total == 0 ? "—" : $"{count}/{total} = {100.0 * count / total:F1}%";
}
