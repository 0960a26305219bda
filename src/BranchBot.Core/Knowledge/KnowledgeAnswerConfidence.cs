namespace BranchBot.Core.Knowledge;

/// <summary>
/// The answer gate: a logistic regression on the best match's figures (<see cref="Features"/>) giving the probability
/// that it is the right entry, answering at <see cref="Threshold"/> or above. The coefficients were fitted on the five
/// tuning parts of tests/BranchBot.Tests/Knowledge/Evaluation (every line reaching the gate; right = the labelled entry
/// is best; wrong entries, not-covered and off-topic lines passing the scope check are not), by gradient descent on
/// standardised features with a small L2 penalty, and the threshold set for 97% precision on those lines. Left one
/// part out, the fit answered more questions right than the hand-written rule (<see cref="KnowledgeThresholds"/>) on
/// each part (docs/benchmarks.md, issue 12). The knowledge benchmark's fit-gate mode refits them and prints these lines;
/// refit after the entries or the tuning parts change.
/// </summary>
public sealed record KnowledgeAnswerConfidence : IKnowledgeAnswerGate
{
    private const double Intercept = -9.622502172400097;
    private const double RelevanceWeight = 2.8757592572820885;
    private const double MarginWeight = 2.9166415070713043;
    private const double TopicCoverageWeight = 4.376376731479195;
    private const double TopicSupportWeight = 0.7909010368015147;
    private const double DistinctLeadWeight = 0.998100099529744;
    private const double IntentAgreesWeight = -0.1411335846621777;
    private const double IntentDiffersWeight = -0.8382902445463335;
    private const double LacksNamedTermWeight = -2.9215542163709642;
    private const double CoverageWeight = -1.0977260905100086;
    private const double ScoreLeadWeight = 5.941270043234916;
    private const double QuestionTermsWeight = 1.4367989493999027;
    private const double FittedThreshold = 0.6793201857169933;

    /// <summary>The names of <see cref="Features"/>, in order (the benchmark prints the fitted constants under them).</summary>
    internal static readonly string[] FeatureNames =
    [
        "Relevance", "Margin", "TopicCoverage", "TopicSupport", "DistinctLead", "IntentAgrees", "IntentDiffers",
        "LacksNamedTerm", "Coverage", "ScoreLead", "QuestionTerms",
    ];

    private static readonly double[] Weights =
    [
        RelevanceWeight, MarginWeight, TopicCoverageWeight, TopicSupportWeight, DistinctLeadWeight, IntentAgreesWeight,
        IntentDiffersWeight, LacksNamedTermWeight, CoverageWeight, ScoreLeadWeight, QuestionTermsWeight,
    ];

    public static KnowledgeAnswerConfidence Default { get; } = new();

    /// <summary>The probability of being right the best entry needs.</summary>
    public double Threshold { get; init; } = FittedThreshold;

    /// <summary>A relevance the best entry needs besides (<see cref="KnowledgeOptions.AnswerThreshold"/>); none by default.</summary>
    public double MinimumRelevance { get; init; }

    /// <summary>The best match's figures the gate weighs; the question's term count enters as its logarithm.</summary>
    internal static double[] Features(KnowledgeMatch best) =>
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
        best.ScoreLead,
        Math.Log(1 + best.QuestionTerms),
    ];

    /// <summary>The fitted probability that the best entry is the right answer.</summary>
    public static double Probability(KnowledgeMatch best)
    {
        ArgumentNullException.ThrowIfNull(best);
        var features = Features(best);
        var z = Intercept;
        for (var j = 0; j < features.Length; j++)
        {
            z += Weights[j] * features[j];
        }

        return 1 / (1 + Math.Exp(-z));
    }

    public bool Clear(KnowledgeMatch best)
    {
        ArgumentNullException.ThrowIfNull(best);
        return best.Relevance >= MinimumRelevance && Probability(best) >= Threshold;
    }
}
