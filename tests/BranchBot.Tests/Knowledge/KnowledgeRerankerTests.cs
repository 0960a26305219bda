using BranchBot.Core.Knowledge;

namespace BranchBot.Tests.Knowledge;

/// <summary>
/// The re-ranking of the first three entries (<see cref="KnowledgeReranker.Default"/>): a close later entry that holds what
/// the question names, or more of its words in its phrasings, moves ahead of the first; a distant one, or one holding less,
/// does not; the scores stay in rank order so the gate weighs the same lead.
/// </summary>
public class KnowledgeRerankerTests
{
    private static readonly ulong QuestionNames = KnowledgeNamedTerms.Named("党员大会一般讨论哪些事情");

    private static KnowledgeCandidate Candidate(int entry, double score, ulong held = 0, double phrasingShare = 0.5) =>
        new(entry, score, KnowledgeIntentAgreement.NotStated, Topic: 1, NamedHeld: held, TitleNamed: 0, PhrasingShare: phrasingShare);

    [Fact]
    public void A_close_second_entry_holding_the_named_meeting_the_first_lacks_moves_ahead()
    {
        List<KnowledgeCandidate> ranked = [Candidate(0, 10), Candidate(1, 9.8, held: QuestionNames), Candidate(2, 6)];

        KnowledgeReranker.Default.Rerank(ranked, QuestionNames);

        Assert.Equal([1, 0, 2], ranked.Select(c => c.Entry));
        Assert.Equal([10, 9.8, 6], ranked.Select(c => c.Score));
    }

    [Fact]
    public void A_close_entry_with_far_more_of_the_question_in_its_phrasings_moves_ahead()
    {
        List<KnowledgeCandidate> ranked = [Candidate(0, 10, phrasingShare: 0.3), Candidate(1, 9.5, phrasingShare: 0.7)];

        KnowledgeReranker.Default.Rerank(ranked, 0);

        Assert.Equal(1, ranked[0].Entry);
    }

    [Fact]
    public void A_distant_second_entry_stays_behind_even_holding_the_named_meeting()
    {
        List<KnowledgeCandidate> ranked = [Candidate(0, 10), Candidate(1, 7, held: QuestionNames)];

        KnowledgeReranker.Default.Rerank(ranked, QuestionNames);

        Assert.Equal([0, 1], ranked.Select(c => c.Entry));
    }

    [Fact]
    public void A_close_second_entry_lacking_the_named_meeting_the_first_holds_stays_behind()
    {
        List<KnowledgeCandidate> ranked = [Candidate(0, 10, held: QuestionNames), Candidate(1, 9.9)];

        KnowledgeReranker.Default.Rerank(ranked, QuestionNames);

        Assert.Equal([0, 1], ranked.Select(c => c.Entry));
    }

    [Fact]
    public void Without_re_ranking_the_order_stands()
    {
        List<KnowledgeCandidate> ranked = [Candidate(0, 10), Candidate(1, 9.8, held: QuestionNames)];

        KnowledgeReranker.None.Rerank(ranked, QuestionNames);

        Assert.Equal([0, 1], ranked.Select(c => c.Entry));
    }

    private static readonly KnowledgeReranker ByScope = new() { Depth = 1, ScopeCloseness = 0.9 };

    [Fact]
    public void A_close_general_entry_moves_ahead_of_a_village_entry_when_the_question_names_no_village()
    {
        // "支部任期几年": "村党组织任期几年？" first by a point, "党支部委员会任期几年？" close behind.
        var cases = KnowledgeCases.Of("支部任期几年", KnowledgeCases.All);
        List<KnowledgeCandidate> ranked =
        [
            Candidate(0, 10) with { Scope = KnowledgeCases.Of("村党组织任期几年？", KnowledgeCases.All) },
            Candidate(1, 9.6) with { Scope = KnowledgeCases.Of("党支部委员会任期几年？", KnowledgeCases.All) },
        ];

        ByScope.Rerank(ranked, 0, cases);

        Assert.Equal([1, 0], ranked.Select(c => c.Entry));
        Assert.Equal([10, 9.6], ranked.Select(c => c.Score));
    }

    [Fact]
    public void A_close_retired_members_entry_moves_ahead_when_the_question_is_about_a_retired_member()
    {
        var cases = KnowledgeCases.Of("退休了党费咋交", KnowledgeCases.All);
        List<KnowledgeCandidate> ranked =
        [
            Candidate(0, 10) with { Scope = KnowledgeCases.Of("党费怎么交？", KnowledgeCases.All) },
            Candidate(1, 9.5) with { Scope = KnowledgeCases.Of("退休党员党费怎么交？", KnowledgeCases.All) },
        ];

        ByScope.Rerank(ranked, 0, cases);

        Assert.Equal(1, ranked[0].Entry);
    }

    [Fact]
    public void A_village_entry_stays_first_when_the_question_names_the_village()
    {
        var cases = KnowledgeCases.Of("村里党支部任期几年", KnowledgeCases.All);
        List<KnowledgeCandidate> ranked =
        [
            Candidate(0, 10) with { Scope = KnowledgeCases.Of("村党组织任期几年？", KnowledgeCases.All) },
            Candidate(1, 9.9) with { Scope = KnowledgeCases.Of("党支部委员会任期几年？", KnowledgeCases.All) },
        ];

        ByScope.Rerank(ranked, 0, cases);

        Assert.Equal([0, 1], ranked.Select(c => c.Entry));
    }

    [Fact]
    public void A_general_entry_far_behind_a_village_entry_stays_behind()
    {
        List<KnowledgeCandidate> ranked =
        [
            Candidate(0, 10) with { Scope = KnowledgeCases.Case.Village },
            Candidate(1, 8) with { Scope = KnowledgeCases.Case.None },
        ];

        ByScope.Rerank(ranked, 0, KnowledgeCases.Case.None);

        Assert.Equal([0, 1], ranked.Select(c => c.Entry));
    }

    [Fact]
    public void The_product_has_no_scope_step()
    {
        List<KnowledgeCandidate> ranked =
        [
            Candidate(0, 10) with { Scope = KnowledgeCases.Case.Village },
            Candidate(1, 9.9) with { Scope = KnowledgeCases.Case.None },
        ];

        KnowledgeReranker.Default.Rerank(ranked, 0, KnowledgeCases.Case.None);

        Assert.Equal([0, 1], ranked.Select(c => c.Entry));
    }
}
