namespace BranchBot.KnowledgeBench;

/// <summary>
/// How a retriever does on the evaluation set once an answer threshold is applied to its confidence: in scope, the
/// expected entry answered (top-1); out of scope and not covered, not answered. Ranked is top-1 ignoring the threshold.
/// </summary>
internal sealed record Accuracy(double Threshold, int Ranked, int Correct, int InScope, int OutDeclined, int OutOfScope, int NotCoveredDeclined, int NotCovered)
{
    /// <summary>Mean of the class rates: what a threshold is chosen by, so no class wins by its size.</summary>
    public double Balanced => new[] { Rate(Correct, InScope), Rate(OutDeclined, OutOfScope), Rate(NotCoveredDeclined, NotCovered) }
        .Where(r => r is not null).Average(r => r!.Value);

    public static Accuracy Measure(IReadOnlyList<(EvaluationCase Case, RetrievalResult Result)> runs, double threshold)
    {
        bool Answers(RetrievalResult r) => r.InScope && r.BestQuestion is not null && r.Confidence >= threshold;
        var inScope = runs.Where(r => r.Case.IsInScope).ToList();
        var outOfScope = runs.Where(r => r.Case.Expected == EvaluationCase.OutOfScope).ToList();
        var notCovered = runs.Where(r => r.Case.Expected == EvaluationCase.NotCovered).ToList();
        return new Accuracy(
            threshold,
            inScope.Count(r => r.Result.BestQuestion == r.Case.Expected),
            inScope.Count(r => r.Result.BestQuestion == r.Case.Expected && Answers(r.Result)),
            inScope.Count,
            outOfScope.Count(r => !Answers(r.Result)),
            outOfScope.Count,
            notCovered.Count(r => !Answers(r.Result)),
            notCovered.Count);
    }

    /// <summary>The threshold among the observed confidences that gives the best balanced score (the most generous choice).</summary>
    public static Accuracy Tune(IReadOnlyList<(EvaluationCase Case, RetrievalResult Result)> runs) =>
        runs.Select(r => r.Result.Confidence).Append(0).Append(double.MaxValue).Distinct()
            .Select(threshold => Measure(runs, threshold))
            .MaxBy(a => a.Balanced)!;

    public string Row(string name) =>
        $"| {name} | {Percent(Ranked, InScope)} | {Percent(Correct, InScope)} | {Percent(OutDeclined, OutOfScope)} | {Percent(NotCoveredDeclined, NotCovered)} |";

    private static double? Rate(int count, int total) => total == 0 ? null : (double)count / total;

    private static string Percent(int count, int total) => total == 0 ? "—" : $"{count}/{total} = {100.0 * count / total:F1}%";
}
