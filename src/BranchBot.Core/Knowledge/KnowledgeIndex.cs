using BranchBot.Core.Knowledge.Dues;

namespace BranchBot.Core.Knowledge;

/// <summary>
/// Finds the entries that answer a question: BM25 over character unigrams and bigrams of each entry's question and
/// alternative phrasings. An entry scores as its best phrasing, plus all its phrasings taken together and its answer
/// text at lower weights, scaled by how much of the question's topic it holds. Questions without a word of the domain are out of scope whatever they match
/// (<see cref="KnowledgeScope"/>); the rest are judged by <see cref="KnowledgeThresholds"/>, which also asks the best
/// entry to contain what the question is about (<see cref="KnowledgeTopic"/>), not only its question words, and to
/// lead the closest entry that answers something else (<see cref="KnowledgeAnswerKinship"/>: near-duplicates of the
/// best entry are no rivals). An entry whose phrasings ask what the question asks (<see cref="KnowledgeIntent"/>:
/// how often, who, whether allowed …) scores a little higher, one asking something else a little lower. A best entry
/// lacking a meeting, body, role, stage or document the question names, when a close entry holds it, does not answer
/// (<see cref="KnowledgeNamedTerms"/>).
/// Weights below were tuned on the tuning parts of the evaluation set in tests/BranchBot.Tests/Knowledge/Evaluation.
/// </summary>
public sealed class KnowledgeIndex
{
    /// <summary>A single character says less than a pair of them.</summary>
    private const double UnitWeight = 0.7;

    /// <summary>An amount or a count ("8000", "30") singles out its entry more than any character does.</summary>
    private const double NumberWeight = 2;

    /// <summary>Answers use other words than questions do: they help rank but must not outweigh the phrasings.</summary>
    private const double AnswerWeight = 0.3;

    /// <summary>All phrasings of an entry together: words spread over several phrasings still count.</summary>
    private const double CombinedWeight = 0.5;

    /// <summary>
    /// Score factor for an entry asking what the question asks (<see cref="KnowledgeIntent"/>), and for one asking
    /// something else: enough to order entries of one topic, too little to lift an entry of another topic.
    /// </summary>
    private const double IntentAgreesFactor = 1.1;

    private const double IntentDiffersFactor = 0.9;

    /// <summary>
    /// How much an entry's score depends on holding the question's topic characters: of two entries matching the
    /// question words alike, the one about its topic ranks first ("交党费" questions are about 党费, not 投票).
    /// </summary>
    private const double TopicRankWeight = 0.6;

    /// <summary>All the question's topic characters, allowing for rounding.</summary>
    private const double FullTopic = 0.99;

    /// <summary>How many ranked entries are looked through for the first one answering something else than the best.</summary>
    private const int RivalSearchDepth = 8;

    private readonly IReadOnlyList<KnowledgeEntry> _entries;
    private readonly int[] _phrasingEntry;
    private readonly Bm25Corpus _phrasings;
    private readonly Bm25Corpus _answers;
    private readonly Bm25Corpus _combined;
    private readonly KnowledgeIntent[] _entryIntents;
    private readonly KnowledgeAskedKind[] _entryKinds;
    private readonly IReadOnlySet<long>[] _entryAmounts;
    private readonly ulong[] _entryNamedTerms;
    private readonly DuesPayerKind?[] _entryPayers;
    private readonly ulong[] _entryTitleNamedTerms;
    private readonly bool[] _entryAboutCommitteeSecretary;
    private readonly ulong _namedByNoEntry;
    private readonly KnowledgeThresholds _thresholds;
    private readonly KnowledgeAnswerKinship _sameAnswer;
    private readonly Func<string, IReadOnlyList<string>> _terms;
    private readonly KnowledgeReranker _reranker;
    private readonly KnowledgeCases.Case[] _entryScopes;
    private readonly KnowledgeTwoParts _twoParts;
    private readonly KnowledgeChoiceRule _choice;
    private readonly string[] _entryTexts;
    private readonly bool _carrySubject;

    /// <summary>What the product does with a question asking two things (docs/benchmarks.md, "Two-part questions and narrow cases").</summary>
    internal const KnowledgeTwoParts DefaultTwoParts = KnowledgeTwoParts.BothAlways | KnowledgeTwoParts.PartsHoldNamedTerms | KnowledgeTwoParts.SureHalfWhenOtherLacksNamed
        | KnowledgeTwoParts.FirstHalfWhenWholeAnswersSecond | KnowledgeTwoParts.FirstHalfWhenSecondSureWithSubject | KnowledgeTwoParts.FirstHalfWhenSureOfAnother
        | KnowledgeTwoParts.FirstBeforeBareFollowUp;

    /// <summary>Whether a later part naming no subject is searched with the first part's (docs/benchmarks.md, "A fourteenth part").</summary>
    internal const bool DefaultCarrySubject = true;

    /// <summary>What the product does with a choice question whose entry names one side (docs/benchmarks.md, "Choice questions, ask kinds and half-wrong two-part answers").</summary>
    internal static KnowledgeChoiceRule DefaultChoice { get; } = KnowledgeChoiceRule.Off;

    public KnowledgeIndex(IEnumerable<KnowledgeEntry> entries, KnowledgeThresholds? thresholds = null)
        : this(entries, thresholds, KnowledgeTokenizer.Terms)
    {
    }

    /// <summary>
    /// With other terms than character units and pairs (the benchmark compares word segmenters this way), or another
    /// re-ranking of close entries (the benchmark compares variants on untouched rows).
    /// </summary>
    internal KnowledgeIndex(IEnumerable<KnowledgeEntry> entries, KnowledgeThresholds? thresholds, Func<string, IReadOnlyList<string>> terms, KnowledgeReranker? reranker = null, KnowledgeTwoParts twoParts = DefaultTwoParts, KnowledgeChoiceRule? choice = null, bool carrySubject = DefaultCarrySubject)
    {
        _carrySubject = carrySubject;
        ArgumentNullException.ThrowIfNull(entries);
        _entries = [.. entries];
        _thresholds = thresholds ?? KnowledgeThresholds.Default;
        _terms = terms;
        _reranker = reranker ?? KnowledgeReranker.Default;
        _twoParts = twoParts;
        _choice = choice ?? DefaultChoice;
        _entryScopes = [.. _entries.Select(e => _reranker.ScopeStepOn ? KnowledgeCases.Of(e.Question.ToLowerInvariant(), _reranker.ScopeCases) : KnowledgeCases.Case.None)];
        _entryIntents = [.. _entries.Select(e => e.AlternativeQuestions.Prepend(e.Question)
            .Aggregate(KnowledgeIntent.None, (intent, phrasing) => intent | KnowledgeIntentReader.Read(KnowledgeTextNormalizer.Normalize(phrasing))))];

        _entryKinds = [.. _entries.Select(e => e.AskedKind)];
        _entryPayers = [.. _entries.Select(e => DuesPayerSteer.OfEntry(e.Question))];
        _entryAmounts = [.. _entries.Select(e => KnowledgeAmounts.In(KnowledgeTextNormalizer.Normalize(e.Question)))];

        string[] phrasingTexts = [.. _entries.Select(e => KnowledgeTextNormalizer.Normalize(string.Join('|', e.AlternativeQuestions.Prepend(e.Question))))];
        string[] answerTexts = [.. _entries.Select(e => KnowledgeTextNormalizer.Normalize(e.Answer))];
        _entryTitleNamedTerms = [.. _entries.Select(e => KnowledgeNamedTerms.Named(KnowledgeTextNormalizer.Normalize(e.Question)))];
        _entryAboutCommitteeSecretary = [.. _entries.Select(e => KnowledgeSecretaryLevel.NamesCommitteeSecretary(e.Question))];
        _entryTexts = [.. phrasingTexts.Select((text, e) => text + '|' + answerTexts[e])];
        _entryNamedTerms = [.. phrasingTexts.Select((text, e) => KnowledgeNamedTerms.Held(text) | KnowledgeNamedTerms.Held(answerTexts[e]))];
        _namedByNoEntry = ~KnowledgeNamedTerms.HeldByAny(_entryNamedTerms);

        var phrasingEntry = new List<int>();
        var phrasingTerms = new List<IReadOnlyList<string>>();
        for (var e = 0; e < _entries.Count; e++)
        {
            foreach (var phrasing in _entries[e].AlternativeQuestions.Prepend(_entries[e].Question))
            {
                phrasingEntry.Add(e);
                phrasingTerms.Add(_terms(KnowledgeTextNormalizer.Normalize(phrasing)));
            }
        }

        _phrasingEntry = [.. phrasingEntry];
        _phrasings = new Bm25Corpus(phrasingTerms);
        _combined = new Bm25Corpus([.. phrasingTexts.Select(_terms)]);
        _answers = new Bm25Corpus([.. answerTexts.Select(_terms)]);
        _sameAnswer = new KnowledgeAnswerKinship(_entries);
    }

    public int Count => _entries.Count;

    public IReadOnlyList<KnowledgeEntry> Entries => _entries;

    /// <summary>
    /// The entries answering the question. A question asking two things (<see cref="KnowledgeQuestionSplitter"/>) is
    /// also searched part by part, and answered in two parts when the setting (<see cref="KnowledgeTwoParts"/>) says so.
    /// </summary>
    public KnowledgeSearchResult Search(string question, int top = 3)
    {
        var whole = SearchWhole(question, top);
        if (_twoParts == KnowledgeTwoParts.None || whole.Verdict == KnowledgeVerdict.OutOfScope)
        {
            return whole;
        }

        var asks = KnowledgeQuestionSplitter.Split(question);
        if (asks.Count != 2)
        {
            return (_twoParts & KnowledgeTwoParts.FirstBeforeBareFollowUp) != 0 && KnowledgeQuestionSplitter.BareFollowUp(question) is { } followed
                ? FirstBeforeFollowUp(whole, followed.Question, followed.FollowUp, top)
                : whole;
        }

        // A sure whole keeps its answer unless the parts, each read alone, are sure of two entries: the subject is carried
        // into a later part only when the whole is not answered.
        var carry = _carrySubject && whole.Verdict != KnowledgeVerdict.Answered;
        var parts = asks.Select((ask, i) => i == 0 || !carry ? SearchWhole(ask, top) : WithSubjectIfSure(asks[0], ask, SearchWhole(ask, top), top)).ToList();
        var lacking = 0;
        if ((_twoParts & KnowledgeTwoParts.PartsHoldNamedTerms) != 0)
        {
            // The first part names what the line is about; a later part often leaves it out ("培养联系人几个，必须是正式党员吗").
            // A part names its subject by a word only its family holds as well ("预备期多长 期间能投票吗" is about 预备党员).
            var subject = NamedTerms(asks[0]) | KnowledgeNamedTerms.Mentioned(KnowledgeTextNormalizer.Normalize(asks[0]));
            var checkedParts = parts.Select((p, i) => p.Verdict == KnowledgeVerdict.Answered && !HoldsNamed(p.Best!.Candidate.Entry, NamedTerms(asks[i]) | KnowledgeNamedTerms.Mentioned(KnowledgeTextNormalizer.Normalize(asks[i])) | subject) ? p with { Verdict = KnowledgeVerdict.Uncertain } : p).ToList();
            lacking = checkedParts.Count(p => p.Verdict != KnowledgeVerdict.Answered) - parts.Count(p => p.Verdict != KnowledgeVerdict.Answered);
            parts = checkedParts;
        }

        var sure = parts.Where(p => p.Verdict == KnowledgeVerdict.Answered).Select(p => p.Best!.Entry).ToList();
        if (carry && sure.Count == 2 && ReferenceEquals(sure[0], sure[1]))
        {
            // Both halves, the second read with the first's subject, are sure of one entry: it answers the line.
            var first = parts[0].Best!;
            return new KnowledgeSearchResult(whole.Question, [first, .. whole.Matches.Where(m => !ReferenceEquals(m.Entry, first.Entry))], KnowledgeVerdict.Answered);
        }

        var wholeEntry = whole.Answer;
        var both = sure.Count == 2 && !ReferenceEquals(sure[0], sure[1])
            && ((_twoParts & KnowledgeTwoParts.BothAlways) != 0
                || ((_twoParts & KnowledgeTwoParts.BothWhenWholeAgrees) != 0 && (wholeEntry is null || sure.Contains(wholeEntry))));
        var one = sure.Count == 1
            && ((wholeEntry is null && (_twoParts & KnowledgeTwoParts.OneWhenWholeDeclined) != 0)
                || (lacking == 1 && (_twoParts & KnowledgeTwoParts.SureHalfWhenOtherLacksNamed) != 0));
        var firstAdded = !both && !one && wholeEntry is not null && (_twoParts & KnowledgeTwoParts.FirstHalfWhenWholeAnswersSecond) != 0
            && KnowledgeAskedKindReader.Read(asks[0]) != KnowledgeAskedKind.None && !KnowledgeSituation.Opens(asks[0])
            && parts[0].Verdict == KnowledgeVerdict.Answered && !ReferenceEquals(parts[0].Best!.Entry, wholeEntry)
            && ReferenceEquals(parts[1].Best?.Entry, wholeEntry)
            && whole.Matches.Any(m => ReferenceEquals(m.Entry, parts[0].Best!.Entry))
            && (!parts[0].Matches.Any(m => ReferenceEquals(m.Entry, wholeEntry)) || SecondSureWithSubject(asks[0], asks[1], wholeEntry, top));
        var firstAsks = KnowledgeAskedKindReader.Read(asks[0]) != KnowledgeAskedKind.None && !KnowledgeSituation.Opens(asks[0]);
        var wholeIsSecondsAlone = !both && !one && !firstAdded && wholeEntry is not null && firstAsks
            && ReferenceEquals(parts[1].Best?.Entry, wholeEntry) && parts[0].Best is { } firstBest && !ReferenceEquals(firstBest.Entry, wholeEntry);
        if (wholeIsSecondsAlone && parts[0].Verdict == KnowledgeVerdict.Answered && (_twoParts & KnowledgeTwoParts.FirstHalfWhenSureOfAnother) != 0)
        {
            firstAdded = true;
        }
        else if (wholeIsSecondsAlone && parts[0].Verdict != KnowledgeVerdict.Answered && (_twoParts & KnowledgeTwoParts.DeclineWhenWholeAnswersOnlySecond) != 0
            && !parts[0].Matches.Any(m => ReferenceEquals(m.Entry, wholeEntry)))
        {
            return whole with { Verdict = KnowledgeVerdict.Uncertain };
        }

        if (firstAdded)
        {
            parts = [parts[0], parts[1] with { Matches = [whole.Best!, .. parts[1].Matches.Where(m => !ReferenceEquals(m.Entry, wholeEntry))], Verdict = KnowledgeVerdict.Answered }];
        }
        else if (!both && !one)
        {
            return whole;
        }

        var answered = parts.Where(p => p.Verdict == KnowledgeVerdict.Answered).Select(p => p.Best!).ToList();
        var matches = answered.Concat(whole.Matches.Where(m => answered.All(a => !ReferenceEquals(a.Entry, m.Entry)))).Take(Math.Max(top, answered.Count)).ToList();
        return new KnowledgeSearchResult(whole.Question, matches, KnowledgeVerdict.Answered) { Parts = parts };
    }

    /// <summary>See <see cref="KnowledgeTwoParts.FirstBeforeBareFollowUp"/>.</summary>
    private KnowledgeSearchResult FirstBeforeFollowUp(KnowledgeSearchResult whole, string asked, string followUp, int top)
    {
        if (KnowledgeAskedKindReader.Read(asked) == KnowledgeAskedKind.None || KnowledgeSituation.Opens(asked))
        {
            return whole;
        }

        var first = SearchWhole(asked, top);
        if (first.Verdict != KnowledgeVerdict.Answered || ReferenceEquals(first.Best!.Entry, whole.Answer))
        {
            return whole;
        }

        var followUpNamed = NamedTerms(followUp) | KnowledgeNamedTerms.Mentioned(KnowledgeTextNormalizer.Normalize(followUp));
        var followUpSure = whole.Verdict == KnowledgeVerdict.Answered && HoldsNamed(whole.Best!.Candidate.Entry, followUpNamed);
        var later = new KnowledgeSearchResult(followUp, whole.Matches, followUpSure ? KnowledgeVerdict.Answered : KnowledgeVerdict.Uncertain);
        List<KnowledgeMatch> answered = followUpSure ? [first.Best!, whole.Best!] : [first.Best!];
        var matches = answered.Concat(whole.Matches.Where(m => answered.All(a => !ReferenceEquals(a.Entry, m.Entry)))).Take(Math.Max(top, answered.Count)).ToList();
        return new KnowledgeSearchResult(whole.Question, matches, KnowledgeVerdict.Answered) { Parts = [first, later] };
    }

    private KnowledgeSearchResult SearchWhole(string question, int top)
    {
        ArgumentNullException.ThrowIfNull(question);
        var normalized = KnowledgeTextNormalizer.Normalize(question);
        var weights = QueryWeights(_terms(normalized));

        // What the question asks is read after its leading context (我是发展对象，…); what it names there is whom it concerns.
        var (context, asked) = KnowledgeSituation.Split(question);
        var askedText = context.Length == 0 ? normalized : KnowledgeTextNormalizer.Normalize(asked);
        var intent = KnowledgeIntentReader.Read(askedText);
        var named = KnowledgeNamedTerms.Named(askedText);
        named = named != 0 ? named : KnowledgeNamedTerms.Named(normalized);
        if (weights.Count == 0 || _entries.Count == 0)
        {
            return new KnowledgeSearchResult(question, [], KnowledgeVerdict.OutOfScope);
        }

        var phrasingScores = _phrasings.ScoreAll(_phrasings.Prepare(weights));
        var combinedScores = _combined.ScoreAll(_combined.Prepare(weights));
        var answerScores = _answers.ScoreAll(_answers.Prepare(weights));
        var best = new double[_entries.Count];
        var bestPhrasing = new int[_entries.Count];
        Array.Fill(bestPhrasing, -1);
        for (var p = 0; p < _phrasingEntry.Length; p++)
        {
            var score = phrasingScores[p];
            var e = _phrasingEntry[p];
            if (bestPhrasing[e] < 0 || score > best[e])
            {
                best[e] = score;
                bestPhrasing[e] = p;
            }
        }

        var topicCoverage = TopicCoverages(TopicUnits(weights));
        var amounts = KnowledgeAmounts.In(normalized);
        var ordered = Enumerable.Range(0, _entries.Count)
            .Select(e => (Entry: e, Text: best[e] + (CombinedWeight * combinedScores[e]) + (AnswerWeight * answerScores[e])))
            .Where(m => m.Text > 0 && !KnowledgeAmounts.OtherExample(_entryAmounts[m.Entry], amounts))
            .Select(m => (m.Entry, m.Text, Agreement: Agreement(intent, _entryIntents[m.Entry]), Topic: topicCoverage[m.Entry]))
            .Select(m => (m.Entry, m.Agreement, m.Topic, Score: IntentFactor(m.Agreement) * (1 - TopicRankWeight + (TopicRankWeight * m.Topic)) * m.Text))
            .OrderByDescending(m => m.Score);
        // Only a dues question naming its payer looks past the usual depth (and sorts again); every other question keeps
        // the partial sort of Take.
        var payer = DuesPayerSteer.Asked(question);
        var ranked = ordered
            .Take(Math.Max(RivalSearchDepth, top))
            .Concat(payer is null ? [] : ordered.Skip(Math.Max(RivalSearchDepth, top)).Where(m => _entryPayers[m.Entry] == payer).Take(1))
            .Select(m => new KnowledgeCandidate(m.Entry, m.Score, m.Agreement, m.Topic, _entryNamedTerms[m.Entry], _entryTitleNamedTerms[m.Entry], PhrasingShare(m.Entry, weights)) { Scope = _entryScopes[m.Entry] })
            .ToList();
        _reranker.Rerank(ranked, named, _reranker.ScopeStepOn ? KnowledgeCases.Of(question.ToLowerInvariant(), _reranker.ScopeCases) : KnowledgeCases.Case.None);
        SteerToAskedPayer(payer, ranked);
        var (margin, rival) = ranked.Count == 0 ? (0, -1) : Margin(ranked[0].Entry, ranked[0].Score, ranked.Skip(1).Where(m => !DuesPayerSteer.RuledOut(payer, _entryPayers[m.Entry])).Select(m => (m.Entry, m.Score)));
        var distinctLead = ranked.Count == 0 ? 0 : DistinctLead(ranked[0].Entry, rival, weights);
        var askedClause = KnowledgeAskedClause.Asked(question);
        var hasPreamble = askedClause.Length < question.Trim().Length;
        var askedWeights = hasPreamble ? QueryWeights(_terms(KnowledgeTextNormalizer.Normalize(askedClause))) : weights;
        var askedTopic = hasPreamble ? TopicUnits(askedWeights) : [];
        var asksWhat = KnowledgeAskedClause.AsksWhat(askedClause);
        var askedKind = KnowledgeAskedKindReader.Read(askedClause);
        var namedNearby = ranked.Aggregate(0UL, (held, m) => held | _entryNamedTerms[m.Entry]) & named;
        var branchSecretary = KnowledgeSecretaryLevel.NamesBranchSecretary(question);
        var matches = ranked
            .Take(Math.Max(1, top))
            .Select((m, rank) => new KnowledgeMatch(_entries[m.Entry], m.Score, Coverage(bestPhrasing[m.Entry], weights), IntentFactor(m.Intent) * best[m.Entry] / QueryMass(weights))
            {
                TopicCoverage = m.Topic,
                Intent = m.Intent,
                Margin = rank == 0 ? margin : 0,
                DistinctLead = rank == 0 ? distinctLead : 0,
                LacksNamedTerm = (named & ~_entryNamedTerms[m.Entry] & (m.Topic < FullTopic ? named : namedNearby)) != 0
                    || (branchSecretary && _entryAboutCommitteeSecretary[m.Entry])
                    || (named & _namedByNoEntry) != 0,
                AskedShare = ShareFound(_combined, m.Entry, askedWeights),
                AskedPhrasingShare = BestPhrasingShare(m.Entry, askedWeights),
                HasPreamble = hasPreamble,
                AskedKind = KnowledgeAskedKindReader.Compare(askedKind, _entryKinds[m.Entry]),
                AsksWhatOfYesNo = asksWhat && KnowledgeAskedClause.IsYesNo(_entries[m.Entry].Question),
                AskedTopicCoverage = !hasPreamble ? m.Topic : askedTopic.Length == 0 ? 0 : TopicShare(m.Entry, askedTopic),
                Candidate = m,
            })
            .ToList();

        var inScope = KnowledgeScope.Covers(normalized);
        var verdict = inScope ? Judge(matches) : KnowledgeVerdict.OutOfScope;
        return verdict == KnowledgeVerdict.Answered && _choice.Enabled && KnowledgeChoice.Sides(askedText) is { } sides
            ? Choose(question, matches, sides)
            : new KnowledgeSearchResult(question, matches, verdict);
    }

    /// <summary>
    /// A choice question's sure entry must name both sides (<see cref="KnowledgeChoice"/>): else a close entry among the
    /// first three that does is answered instead, or, with <see cref="KnowledgeChoiceRule.Decline"/>, none is.
    /// </summary>
    private KnowledgeSearchResult Choose(string question, List<KnowledgeMatch> matches, (string[] Left, string[] Right) sides)
    {
        var both = matches.Take(3).TakeWhile(m => m.Score >= _choice.Closeness * matches[0].Score)
            .FirstOrDefault(m => KnowledgeChoice.NamesBoth(sides, _entryTexts[m.Candidate.Entry], _choice.ByCharacters));
        if (ReferenceEquals(both, matches[0]))
        {
            return new KnowledgeSearchResult(question, matches, KnowledgeVerdict.Answered);
        }

        if (both is not null)
        {
            return new KnowledgeSearchResult(question, [both, .. matches.Where(m => !ReferenceEquals(m, both))], KnowledgeVerdict.Answered);
        }

        return new KnowledgeSearchResult(question, matches, _choice.Decline ? KnowledgeVerdict.Uncertain : KnowledgeVerdict.Answered);
    }

    /// <summary>
    /// A later part that names no Party thing of its own ("…预备期多长，期间能投票吗", "组织生活会一年开几次，要不要报上级") asks
    /// about the first part's subject: it is searched with the member's situation and the things the first part names put
    /// before it, so it is neither declined for want of a subject nor answered by an entry of another family. Only a sure
    /// answer so found replaces the part's own search.
    /// </summary>
    private KnowledgeSearchResult WithSubjectIfSure(string first, string later, KnowledgeSearchResult alone, int top)
    {
        var carried = WithSubject(first, later);
        if (ReferenceEquals(carried, later))
        {
            return alone;
        }

        var withSubject = SearchWhole(carried, top);
        return withSubject.Verdict == KnowledgeVerdict.Answered ? withSubject with { Question = later } : alone;
    }

    /// <summary>See <see cref="KnowledgeTwoParts.FirstHalfWhenSecondSureWithSubject"/>.</summary>
    private bool SecondSureWithSubject(string first, string later, KnowledgeEntry wholeEntry, int top)
    {
        if ((_twoParts & KnowledgeTwoParts.FirstHalfWhenSecondSureWithSubject) == 0)
        {
            return false;
        }

        var carried = WithSubject(first, later);
        if (ReferenceEquals(carried, later))
        {
            return false;
        }

        var second = SearchWhole(carried, top);
        return second.Verdict == KnowledgeVerdict.Answered && ReferenceEquals(second.Answer, wholeEntry);
    }

    private string WithSubject(string first, string later)
    {
        if (!_carrySubject || KnowledgeNamedTerms.Mentioned(KnowledgeTextNormalizer.Normalize(later)) != 0)
        {
            return later;
        }

        var (context, _) = KnowledgeSituation.Split(first);
        var named = KnowledgeNamedTerms.WordsIn(KnowledgeTextNormalizer.Normalize(first)).Where(word => !context.Contains(word, StringComparison.Ordinal));
        var subject = string.Join('，', named.Prepend(context).Where(s => s.Length > 0));
        return subject.Length == 0 ? later : subject + '，' + later;
    }

    /// <summary>
    /// A dues question naming its payer (学生, 退休, 农民, 下岗 …) is answered by that payer's entry, not by a close entry about
    /// another payer's dues (<see cref="DuesPayerSteer"/>); the moved entry takes the first place's score, as re-ranking does.
    /// </summary>
    private void SteerToAskedPayer(DuesPayerKind? payer, List<KnowledgeCandidate> ranked)
    {
        var at = DuesPayerSteer.Steer(payer, [.. ranked.Select(c => _entryPayers[c.Entry])]);
        if (at <= 0)
        {
            return;
        }

        var scores = ranked.Take(at + 1).Select(c => c.Score).ToArray();
        var moved = ranked[at];
        ranked.RemoveAt(at);
        ranked.Insert(0, moved);
        for (var i = 0; i <= at; i++)
        {
            ranked[i] = ranked[i] with { Score = scores[i] };
        }
    }

    /// <summary>Whether an entry holds every meeting, body, role … given (<see cref="KnowledgeNamedTerms"/>).</summary>
    private bool HoldsNamed(int entry, ulong named) => (named & ~_entryNamedTerms[entry]) == 0;

    /// <summary>The named terms a question names (<see cref="KnowledgeNamedTerms"/>), as the search reads them, for the benchmark.</summary>
    internal static ulong NamedTerms(string question)
    {
        var (context, asked) = KnowledgeSituation.Split(question);
        var normalized = KnowledgeTextNormalizer.Normalize(question);
        var named = KnowledgeNamedTerms.Named(context.Length == 0 ? normalized : KnowledgeTextNormalizer.Normalize(asked));
        return named != 0 ? named : KnowledgeNamedTerms.Named(normalized);
    }

    /// <summary>The question's topic characters the entry lacks, for the benchmark's explain mode.</summary>
    internal string MissingTopic(string question, KnowledgeEntry entry)
    {
        var e = _entries.ToList().IndexOf(entry);
        var weights = QueryWeights(_terms(KnowledgeTextNormalizer.Normalize(question)));
        return e < 0 ? "" : string.Concat(TopicUnits(weights).Where(u => !_combined.Contains(e, u.Unit) && !_answers.Contains(e, u.Unit)).Select(u => u.Unit));
    }

    private KnowledgeVerdict Judge(IReadOnlyList<KnowledgeMatch> matches)
    {
        if (matches.Count == 0)
        {
            return KnowledgeVerdict.OutOfScope;
        }

        var clear = _thresholds.Clear(matches[0]);
        return clear ? KnowledgeVerdict.Answered : KnowledgeVerdict.Uncertain;
    }

    /// <summary>
    /// How far the best entry leads the first entry below it that answers something else, as a share of its score;
    /// 1 when none does. Entries citing the same article or sharing most of their answer say the same thing (the base
    /// holds near-duplicates for different wordings), so trailing close behind one is no doubt about the answer.
    /// </summary>
    private (double Margin, int Rival) Margin(int bestEntry, double bestScore, IEnumerable<(int Entry, double Score)> below)
    {
        foreach (var (entry, score) in below)
        {
            if (!_sameAnswer.Same(bestEntry, entry))
            {
                return ((bestScore - score) / bestScore, entry);
            }
        }

        return (1, -1);
    }

    /// <summary>See <see cref="KnowledgeMatch.DistinctLead"/>: question words in the phrasings of only one of the two.</summary>
    private double DistinctLead(int bestEntry, int rival, Dictionary<string, double> weights)
    {
        if (rival < 0)
        {
            return 1;
        }

        double own = 0, rivals = 0;
        foreach (var (term, weight) in weights)
        {
            var inBest = _combined.Contains(bestEntry, term);
            if (inBest != _combined.Contains(rival, term))
            {
                var mass = weight * _combined.Idf(term);
                own += inBest ? mass : 0;
                rivals += inBest ? 0 : mass;
            }
        }

        return own + rivals == 0 ? 0 : (own - rivals) / (own + rivals);
    }

    private static KnowledgeIntentAgreement Agreement(KnowledgeIntent question, KnowledgeIntent entry) =>
        question == KnowledgeIntent.None || entry == KnowledgeIntent.None ? KnowledgeIntentAgreement.NotStated
        : (question & entry) != 0 ? KnowledgeIntentAgreement.Agrees
        : KnowledgeIntentAgreement.Differs;

    private static double IntentFactor(KnowledgeIntentAgreement agreement) => agreement switch
    {
        KnowledgeIntentAgreement.Agrees => IntentAgreesFactor,
        KnowledgeIntentAgreement.Differs => IntentDiffersFactor,
        _ => 1,
    };

    /// <summary>The share (by IDF) of the question's terms found in the entry's question and phrasings, not only in its answer.</summary>
    private double PhrasingShare(int entry, Dictionary<string, double> weights) => ShareFound(_combined, entry, weights);

    /// <summary>The share, by IDF, of the given topic characters the entry holds in its phrasings or answer; 1 when there are none.</summary>
    private double TopicShare(int entry, (string Unit, double Idf)[] units)
    {
        var total = units.Sum(u => u.Idf);
        return total == 0 ? 1 : units.Where(u => _combined.Contains(entry, u.Unit) || _answers.Contains(entry, u.Unit)).Sum(u => u.Idf) / total;
    }

    /// <summary>The largest share of the given words any one of the entry's phrasings holds.</summary>
    private double BestPhrasingShare(int entry, Dictionary<string, double> weights)
    {
        var share = 0.0;
        for (var p = Array.IndexOf(_phrasingEntry, entry); p >= 0 && p < _phrasingEntry.Length && _phrasingEntry[p] == entry; p++)
        {
            share = Math.Max(share, ShareFound(_phrasings, p, weights));
        }

        return share;
    }

    private double Coverage(int phrasing, Dictionary<string, double> weights) => ShareFound(_phrasings, phrasing, weights);

    /// <summary>The share, by the question's term weights times their IDF in <paramref name="corpus"/>, of its terms the document holds.</summary>
    private static double ShareFound(Bm25Corpus corpus, int document, Dictionary<string, double> weights)
    {
        double matched = 0, total = 0;
        foreach (var (term, weight) in weights)
        {
            var mass = weight * corpus.Idf(term);
            total += mass;
            if (corpus.Contains(document, term))
            {
                matched += mass;
            }
        }

        return total == 0 ? 0 : matched / total;
    }

    /// <summary>The question's topic characters (<see cref="KnowledgeTopic"/>) with their IDF over entries.</summary>
    private (string Unit, double Idf)[] TopicUnits(Dictionary<string, double> weights) =>
        [.. weights.Keys.Where(t => !KnowledgeTokenizer.IsPair(t) && KnowledgeTopic.IsTopic(t)).Select(t => (t, _combined.Idf(t)))];

    /// <summary>
    /// Each entry's share of the question's topic characters (by IDF over entries) found in its phrasings or answer;
    /// 1 for all when the question has none. Characters, not pairs: colloquial questions join words into pairs no
    /// entry has ("修路项目" → 路项). Walks the characters' postings, not every entry.
    /// </summary>
    private double[] TopicCoverages((string Unit, double Idf)[] units)
    {
        var coverage = new double[_entries.Count];
        var total = units.Sum(u => u.Idf);
        if (total == 0)
        {
            Array.Fill(coverage, 1);
            return coverage;
        }

        var counted = new int[_entries.Count];
        for (var u = 0; u < units.Length; u++)
        {
            foreach (var entry in _combined.Documents(units[u].Unit).Concat(_answers.Documents(units[u].Unit)))
            {
                if (counted[entry] != u + 1)
                {
                    counted[entry] = u + 1;
                    coverage[entry] += units[u].Idf / total;
                }
            }
        }

        return coverage;
    }

    private static double TermWeight(string term) =>
        KnowledgeTokenizer.IsPair(term) ? 1 : char.IsAsciiDigit(term[0]) ? NumberWeight : UnitWeight;

    /// <summary>What the question would score against itself, roughly: scores divided by it no longer grow with its length.</summary>
    private double QueryMass(Dictionary<string, double> weights) => weights.Sum(w => w.Value * _phrasings.Idf(w.Key));

    private static Dictionary<string, double> QueryWeights(IReadOnlyList<string> terms)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            weights[term] = weights.GetValueOrDefault(term) + TermWeight(term);
        }

        return weights;
    }
}
