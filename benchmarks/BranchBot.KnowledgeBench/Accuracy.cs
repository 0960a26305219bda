namespace BranchBot.KnowledgeBench;

/// <summary>
/// How a retriever does on the evaluation set once an answer threshold is applied to its confidence: in scope, the
/// expected entry answered (top-1); out of scope and not covered, not answered. Ranked is top-1 ignoring the threshold.
/// </summary>
internal sealed record Accuracy(double Threshold, int Ranked, int Correct, int InScope, int OutDeclined, int OutOfScope, int NotCoveredDeclined, int NotCovered)
{
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

    /// <summary>
    /// The threshold among the observed confidences (tuned on the evaluation set itself, the most generous choice) that
    /// answers the most in-scope questions correctly while declining at least 90% out of scope and, when
    /// <paramref name="notCoveredToo"/>, leaving at least 90% of the not-covered ones unanswered; null when none does.
    /// </summary>
    public static Accuracy? Tune(IReadOnlyList<(EvaluationCase Case, RetrievalResult Result)> runs, bool notCoveredToo) =>
        runs.Select(r => r.Result.Confidence).Append(0).Append(double.MaxValue).Distinct()
            .Select(threshold => Measure(runs, threshold))
            .Where(a => a.OutDeclined >= 0.9 * a.OutOfScope && (!notCoveredToo || a.NotCoveredDeclined >= 0.9 * a.NotCovered))
            .OrderByDescending(a => a.Correct).ThenByDescending(a => a.NotCoveredDeclined).ThenBy(a => a.Threshold)
            .FirstOrDefault();

    public string Row(string name) =>
        $"| {name} | {Percent(Ranked, InScope)} | {Percent(Correct, InScope)} | {Percent(OutDeclined, OutOfScope)} | {Percent(NotCoveredDeclined, NotCovered)} |";

    private static string Percent(int count, int total) => total == 0 ? "—" : $"{count}/{total} = {100.0 * count / total:F1}%";
}
