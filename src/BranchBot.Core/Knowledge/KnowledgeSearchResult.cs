namespace BranchBot.Core.Knowledge;

/// <summary>The closest entries, best first, and what the confidence rule made of them.</summary>
public sealed record KnowledgeSearchResult(string Question, IReadOnlyList<KnowledgeMatch> Matches, KnowledgeVerdict Verdict)
{
    public KnowledgeMatch? Best => Matches.Count > 0 ? Matches[0] : null;

    /// <summary>The best entry when it is sure enough to be given as the answer (for a question answered in two parts, the first part's).</summary>
    public KnowledgeEntry? Answer => Verdict == KnowledgeVerdict.Answered ? Best?.Entry : null;

    /// <summary>
    /// For a question asking two things answered part by part (<see cref="KnowledgeQuestionSplitter"/>): each part's own
    /// search, in the question's order (one of them may be unanswered: when the other part's entry lacks what that part
    /// names, <see cref="KnowledgeTwoParts.SureHalfWhenOtherLacksNamed"/>); empty when the question was answered as one.
    /// </summary>
    public IReadOnlyList<KnowledgeSearchResult> Parts { get; init; } = [];

    /// <summary>Every entry given as an answer: one, the answered parts' entries (two, or one when the other part has no exact rule), or none.</summary>
    public IReadOnlyList<KnowledgeEntry> Answers =>
        Verdict != KnowledgeVerdict.Answered ? []
        : Parts.Count == 0 ? [Best!.Entry]
        : [.. Parts.Where(p => p.Verdict == KnowledgeVerdict.Answered).Select(p => p.Best!.Entry)];

    /// <summary>The text of each of <see cref="Answers"/> as said to its question, its yes or no fitted (<see cref="KnowledgeAnswerLead"/>).</summary>
    public IReadOnlyList<string> AnswerTexts =>
        Verdict != KnowledgeVerdict.Answered ? []
        : Parts.Count == 0 ? [KnowledgeAnswerLead.Fit(Question, Best!.Entry.Answer)]
        : [.. Parts.Where(p => p.Verdict == KnowledgeVerdict.Answered).Select(p => KnowledgeAnswerLead.Fit(p.Question, p.Best!.Entry.Answer))];
}
