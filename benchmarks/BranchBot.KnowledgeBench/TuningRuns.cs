using BranchBot.Core.Knowledge;

namespace BranchBot.KnowledgeBench;

/// <summary>Every tuning part searched with one set of gate figures, and what counts as right: shared by the gate modes.</summary>
internal static class TuningRuns
{
    public static bool Right(EvaluationCase c, KnowledgeSearchResult result) =>
        c.IsInScope ? result.Answers.Any(e => e.Question == c.Expected) : result.Verdict != KnowledgeVerdict.Answered;

    public static double Precision(List<(EvaluationCase Case, KnowledgeSearchResult Result)> runs)
    {
        var answered = runs.Where(r => r.Case.IsInScope && r.Result.Verdict == KnowledgeVerdict.Answered).ToList();
        return answered.Count == 0 ? 1 : (double)answered.Count(r => Right(r.Case, r.Result)) / answered.Count;
    }

    public static List<(string Part, List<(EvaluationCase Case, KnowledgeSearchResult Result)> Runs)> Of(BenchData data, KnowledgeThresholds thresholds)
    {
        var index = new KnowledgeIndex(data.Entries, thresholds);
        return [.. data.Tuning.Select(part => (part.Name, part.Cases.Select(c => (c, index.Search(c.Question))).ToList()))];
    }
}
