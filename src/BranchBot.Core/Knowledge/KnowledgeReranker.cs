using System.Numerics;

namespace BranchBot.Core.Knowledge;

/// <summary>
/// Chooses between the first three entries found for a question. BM25 ranks by the words an entry shares with the
/// question; two neighbouring entries share most of them, and the one that wins by a few points is sometimes the one whose
/// phrasings repeat the common words, not the one about what the question names. The 2nd or 3rd entry moves ahead of the
/// first when a pairwise logistic model (<see cref="PairFeatures"/>: score ratio, intent, the question's named terms each
/// holds, the named terms of each entry's own question, the share of the question's words in each entry's phrasings,
/// topic coverage) finds it the likelier answer; the model was fitted on untouched rows and validated leaving one part
/// out (docs/benchmarks.md, "Ranking between close entries"). The scores stay in rank order (the entry moved ahead takes
/// the first place's score), so the gate weighs the same lead as before the swap. The hand rules (named terms, title
/// terms, intent, phrasing lead) are the variants it was compared with; the benchmark switches them on.
/// </summary>
internal sealed class KnowledgeReranker
{
    /// <summary>No re-ranking: the BM25 order stands.</summary>
    public static KnowledgeReranker None { get; } = new() { Depth = 1 };

    /// <summary>The pairwise model fitted on the untouched rows of ten tuning parts, swapping at 80% right on them.</summary>
    public static KnowledgeReranker Default { get; } = new()
    {
        Depth = 3,
        Closeness = 0,
        ByNamedTerms = false,
        Prefers = (candidate, first, named) => FittedPreference(PairFeatures(candidate, first, named)),
    };

    /// <summary>Coefficients of <see cref="PairFeatures"/> (raw units), fitted by the benchmark's rerank-untouched mode.</summary>
    private static readonly double[] PairWeights = [5.778693814302933, -0.05338769050272389, -0.18552848616648795, 1.1520984025672178, 0.6233409535331395, 2.495353697538736, 0.13157726491389615];

    private const double PairIntercept = -6.258842299257271;

    /// <summary>The model's probability at which the later entry moves ahead: 80% of such swaps were right on the rows it was fitted on.</summary>
    private const double PairThreshold = 0.5167919825292898;

    /// <summary>How many of the first entries are looked at (the first and the next ones).</summary>
    public int Depth { get; init; } = 3;

    /// <summary>A candidate scoring below this share of the first's score stays where it is.</summary>
    public double Closeness { get; init; } = 0.8;

    /// <summary>Whether a candidate holding more of the question's named terms moves ahead.</summary>
    public bool ByNamedTerms { get; init; } = true;

    /// <summary>
    /// Whether a candidate whose own question (the entry's title) names more of what the user's question names, or fewer
    /// things the user's question does not name, and is no worse on either, moves ahead.
    /// </summary>
    public bool ByTitleTerms { get; init; }

    /// <summary>Whether a candidate asking what the question asks moves ahead of a first asking something else.</summary>
    public bool ByIntent { get; init; }

    /// <summary>A lead in <see cref="KnowledgeCandidate.PhrasingShare"/> that moves a candidate ahead; never when at or above 1.</summary>
    public double PhrasingLead { get; init; } = 1;

    /// <summary>A preference learned elsewhere (the benchmark's pairwise model), asked before the hand rules when set.</summary>
    internal Func<KnowledgeCandidate, KnowledgeCandidate, ulong, bool>? Prefers { get; init; }

    /// <summary>Whether the entry moved ahead takes the first place's score (true) or keeps its own.</summary>
    public bool ScoresStayInRankOrder { get; init; } = true;

    /// <summary>
    /// A later entry within this share of the first's score whose scope (<see cref="KnowledgeCandidate.Scope"/>) fits the
    /// cases the question names better moves ahead (<see cref="ScopeFitsBetter"/>); above 1, never.
    /// </summary>
    public double ScopeCloseness { get; init; } = 2;

    /// <summary>Whether the scope step runs at all; off in the product, so no case is read from questions or entries.</summary>
    public bool ScopeStepOn => ScopeCloseness <= 1;

    /// <summary>The cases the scope step reads (<see cref="KnowledgeCases"/>); the benchmark compares subsets.</summary>
    public KnowledgeCases.Case ScopeCases { get; init; } = KnowledgeCases.All;

    /// <summary>How many of the first entries the scope step looks at.</summary>
    public int ScopeDepth { get; init; } = 3;

    /// <summary>Reorders the first <see cref="Depth"/> candidates in place; the rest are untouched.</summary>
    public void Rerank(IList<KnowledgeCandidate> ranked, ulong named) => Rerank(ranked, named, KnowledgeCases.Case.None);

    /// <summary>
    /// Reorders the first <see cref="Depth"/> candidates in place by the evidence switched on, then, when the scope step
    /// is on, moves ahead a close entry whose scope fits the question's <paramref name="cases"/> better than the first's.
    /// </summary>
    public void Rerank(IList<KnowledgeCandidate> ranked, ulong named, KnowledgeCases.Case cases)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        var depth = Math.Min(Depth, ranked.Count);
        var chosen = 0;
        for (var i = 1; i < depth; i++)
        {
            var candidate = ranked[i];
            if (candidate.Score >= Closeness * ranked[0].Score && Beats(candidate, ranked[chosen], named))
            {
                chosen = i;
            }
        }

        MoveAhead(ranked, chosen);
        if (ScopeStepOn)
        {
            var scopeDepth = Math.Min(ScopeDepth, ranked.Count);
            for (var i = 1; i < scopeDepth; i++)
            {
                if (ranked[i].Score >= ScopeCloseness * ranked[0].Score && ScopeFitsBetter(ranked[i].Scope, ranked[0].Scope, cases))
                {
                    MoveAhead(ranked, i);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Whether an entry of scope <paramref name="candidate"/> fits a question naming <paramref name="cases"/> better than
    /// one of scope <paramref name="first"/>: it names no case the question does not, it lacks none of the question's
    /// cases the first holds, and either the first names a case the question does not ("村党组织任期几年" for "支部任期几年")
    /// or the candidate holds more of the question's cases ("退休党员党费怎么交" for "退休了党费咋交", over the general entry).
    /// </summary>
    internal static bool ScopeFitsBetter(KnowledgeCases.Case candidate, KnowledgeCases.Case first, KnowledgeCases.Case cases)
    {
        var extra = candidate & ~cases;
        var missing = cases & ~candidate;
        var firstExtra = first & ~cases;
        var firstMissing = cases & ~first;
        return extra == 0 && (missing & ~firstMissing) == 0 && (firstExtra != 0 || missing != firstMissing);
    }

    /// <summary>Moves the candidate at <paramref name="chosen"/> to the front; with <see cref="ScoresStayInRankOrder"/> it takes the first place's score.</summary>
    private void MoveAhead(IList<KnowledgeCandidate> ranked, int chosen)
    {
        if (chosen == 0)
        {
            return;
        }

        var scores = Enumerable.Range(0, chosen + 1).Select(i => ranked[i].Score).ToArray();
        var moved = ranked[chosen];
        for (var i = chosen; i > 0; i--)
        {
            ranked[i] = ranked[i - 1];
        }

        ranked[0] = moved;
        if (ScoresStayInRankOrder)
        {
            for (var i = 0; i <= chosen; i++)
            {
                ranked[i] = ranked[i] with { Score = scores[i] };
            }
        }
    }

    /// <summary>Whether <paramref name="candidate"/> answers the question better than <paramref name="first"/>, by the evidence switched on.</summary>
    public bool Beats(KnowledgeCandidate candidate, KnowledgeCandidate first, ulong named)
    {
        if (Prefers is { } prefers)
        {
            return prefers(candidate, first, named);
        }

        if (ByNamedTerms && named != 0)
        {
            var own = candidate.NamedHeld & named;
            var theirs = first.NamedHeld & named;
            if (own != theirs)
            {
                // Only a clear superset decides: each holding a term the other lacks says nothing.
                if ((theirs & ~own) == 0)
                {
                    return true;
                }

                if ((own & ~theirs) == 0)
                {
                    return false;
                }
            }
        }

        if (ByTitleTerms && TitleBeats(candidate, first, named) is { } titleBeats)
        {
            return titleBeats;
        }

        if (ByIntent && candidate.Intent == KnowledgeIntentAgreement.Agrees && first.Intent == KnowledgeIntentAgreement.Differs)
        {
            return true;
        }

        return PhrasingLead < 1 && candidate.PhrasingShare - first.PhrasingShare >= PhrasingLead;
    }

    /// <summary>
    /// By the named terms of the two entries' own questions: true when the candidate's names at least every term the
    /// first's names of the user's question and names no term the user's question lacks that the first does not, and
    /// differs; false the other way round; null when neither is clearly better.
    /// </summary>
    internal static bool? TitleBeats(KnowledgeCandidate candidate, KnowledgeCandidate first, ulong named)
    {
        var (ownHit, ownExtra) = (candidate.TitleNamed & named, candidate.TitleNamed & ~named);
        var (theirHit, theirExtra) = (first.TitleNamed & named, first.TitleNamed & ~named);
        if (ownHit == theirHit && ownExtra == theirExtra)
        {
            return null;
        }

        if ((theirHit & ~ownHit) == 0 && (ownExtra & ~theirExtra) == 0)
        {
            return true;
        }

        if ((ownHit & ~theirHit) == 0 && (theirExtra & ~ownExtra) == 0)
        {
            return false;
        }

        return null;
    }

    /// <summary>
    /// What the pairwise model reads of a later candidate against the first: its score as a share of the first's; whether
    /// it agrees in intent and the first does not (and the same for differing); +1 when it holds every named term of the
    /// question the first holds and more, −1 the other way round; the same by the terms the entries' own questions name
    /// (<see cref="TitleBeats"/>); its lead in the share of the question's words in its phrasings; its lead in topic coverage.
    /// </summary>
    internal static double[] PairFeatures(KnowledgeCandidate other, KnowledgeCandidate first, ulong named)
    {
        static double Is(bool condition) => condition ? 1 : 0;
        var own = other.NamedHeld & named;
        var theirs = first.NamedHeld & named;
        var namedSide = own == theirs ? 0 : (theirs & ~own) == 0 ? 1 : (own & ~theirs) == 0 ? -1 : 0;
        var title = TitleBeats(other, first, named) switch { true => 1, false => -1, null => 0 };
        return
        [
            first.Score > 0 ? other.Score / first.Score : 0,
            Is(other.Intent == KnowledgeIntentAgreement.Agrees) - Is(first.Intent == KnowledgeIntentAgreement.Agrees),
            Is(other.Intent == KnowledgeIntentAgreement.Differs) - Is(first.Intent == KnowledgeIntentAgreement.Differs),
            namedSide,
            title,
            other.PhrasingShare - first.PhrasingShare,
            other.Topic - first.Topic,
        ];
    }

    private static bool FittedPreference(double[] features)
    {
        var z = PairIntercept;
        for (var j = 0; j < PairWeights.Length; j++)
        {
            z += PairWeights[j] * features[j];
        }

        return 1 / (1 + Math.Exp(-z)) >= PairThreshold;
    }

    /// <summary>How many of the question's named terms a candidate holds (the benchmark prints it).</summary>
    public static int NamedCount(KnowledgeCandidate candidate, ulong named) => BitOperations.PopCount(candidate.NamedHeld & named);
}
