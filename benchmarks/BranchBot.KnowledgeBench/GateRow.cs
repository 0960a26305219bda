using BranchBot.Core.Knowledge;

namespace BranchBot.KnowledgeBench;

/// <summary>
/// One tuning line as the answer gate sees it: the features of the best entry found (<see cref="Read"/>), whether
/// that entry is the right answer (an in-scope line labelled with it; wrong entries, not-covered lines and off-topic
/// lines that pass the scope check are not), and whether the product's rule gate (<see cref="KnowledgeThresholds.Default"/>) answers. Lines the scope check rules
/// out, or that match nothing, never reach a gate and have no row.
/// </summary>
internal sealed record GateRow(string Part, EvaluationCase Case, double[] Features, bool Right, bool RuleAnswers)
{
    public static readonly string[] FeatureNames =
    [
        "Relevance", "Margin", "TopicCoverage", "TopicSupport", "DistinctLead", "IntentAgrees", "IntentDiffers",
        "LacksNamedTerm", "Coverage", "ScoreLead", "QuestionTerms",
    ];

    public static GateRow? From(string part, EvaluationCase c, KnowledgeSearchResult result)
    {
        if (result.Verdict == KnowledgeVerdict.OutOfScope || result.Best is not { } best)
        {
            return null;
        }

        return new GateRow(part, c, Read(c.Question, result), c.IsInScope && best.Entry.Question == c.Expected, KnowledgeThresholds.Default.Clear(best));
    }

    /// <summary>
    /// The best match's figures the rule gate reads, plus its lead in raw score over the second entry of any answer
    /// (1 when alone) and the log of the question's term count (characters and pairs).
    /// </summary>
    public static double[] Read(string question, KnowledgeSearchResult result)
    {
        var best = result.Matches[0];
        var second = result.Matches.Count > 1 ? result.Matches[1].Score : 0;
        var terms = KnowledgeTokenizer.Terms(KnowledgeTextNormalizer.Normalize(question)).Count;
        return
        [
            best.Relevance,
            best.Margin,
            best.TopicCoverage,
            best.TopicSupport,
            best.DistinctLead,
            best.Intent == KnowledgeIntentAgreement.Agrees ? 1 : 0,
            best.Intent == KnowledgeIntentAgreement.Differs ? 1 : 0,
            best.LacksNamedTerm ? 1 : 0,
            best.Coverage,
            (best.Score - second) / best.Score,
            Math.Log(1 + terms),
        ];
    }
}
