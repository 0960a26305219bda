using BranchBot.Core.Knowledge;

namespace BranchBot.KnowledgeBench;

/// <summary>
/// One tuning line as the answer gate sees it: the features of the best entry found (<see cref="KnowledgeAnswerConfidence.Features"/>), whether
/// that entry is the right answer (an in-scope line labelled with it; wrong entries, not-covered lines and off-topic
/// lines that pass the scope check are not), and whether the hand-written rule gate (<see cref="KnowledgeThresholds"/>) answers. Lines the scope check rules
/// out, or that match nothing, never reach a gate and have no row.
/// </summary>
internal sealed record GateRow(string Part, EvaluationCase Case, double[] Features, bool Right, bool RuleAnswers)
{
    public static string[] FeatureNames => KnowledgeAnswerConfidence.FeatureNames;

    public static GateRow? From(string part, EvaluationCase c, KnowledgeSearchResult result)
    {
        if (result.Verdict == KnowledgeVerdict.OutOfScope || result.Best is not { } best)
        {
            return null;
        }

        return new GateRow(part, c, KnowledgeAnswerConfidence.Features(best), c.IsInScope && best.Entry.Question == c.Expected, KnowledgeThresholds.Default.Clear(best));
    }
}
