using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace BranchBot.KnowledgeBench;

/// <summary>How a Lucene setup cuts Chinese into terms.</summary>
internal enum LuceneAnalysis
{
    /// <summary>Stock CJKAnalyzer: overlapping character bigrams.</summary>
    CjkBigrams,

    /// <summary>The same chain with CJKBigramFilter also emitting single characters, like BranchBot's units and pairs.</summary>
    CjkBigramsAndUnigrams,

    /// <summary>SmartChineseAnalyzer: words from its hidden Markov model and bundled dictionary, stop words removed.</summary>
    SmartCn,
}

/// <summary>
/// One Lucene.Net configuration in the comparison.
/// <paramref name="OurNormalizer"/>: entries and questions first go through BranchBot's KnowledgeTextNormalizer
/// (synonyms, numerals, filler words), isolating what the analyzer and BM25 do from what the normalizer does.
/// <paramref name="AnswerBoost"/>: weight of the answer field next to the phrasings (0 leaves answers out).
/// <paramref name="ScopeGate"/>: questions without a domain word (BranchBot's KnowledgeScope) are declined before any
/// threshold, as BranchBot does.
/// </summary>
internal sealed record LuceneSetup(LuceneAnalysis Analysis, bool OurNormalizer, float AnswerBoost, bool ScopeGate)
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public string Name =>
        $"Lucene {Analysis switch { LuceneAnalysis.SmartCn => "SmartCn", LuceneAnalysis.CjkBigramsAndUnigrams => "CJK bigram+unigram", _ => "CJKAnalyzer" }}" +
        $"{(OurNormalizer ? " + our normalizer" : "")}{(AnswerBoost > 0 ? $" + answer^{AnswerBoost}" : "")}{(ScopeGate ? " + our scope gate" : "")}";

    public Analyzer CreateAnalyzer() => Analysis switch
    {
        LuceneAnalysis.SmartCn => new SmartChineseAnalyzer(Version),
        LuceneAnalysis.CjkBigramsAndUnigrams => Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new CJKWidthFilter(source);
            stream = new LowerCaseFilter(Version, stream);
            stream = new CJKBigramFilter(stream, CJKScript.ALL, outputUnigrams: true);
            return new TokenStreamComponents(source, stream);
        }),
        _ => new CJKAnalyzer(Version),
    };

    /// <summary>The setups the comparison reports: each analyzer at its best earlier configuration, SmartCn also on raw text.</summary>
    public static IEnumerable<LuceneSetup> Compared() =>
    [
        new(LuceneAnalysis.CjkBigrams, OurNormalizer: true, AnswerBoost: 0.3f, ScopeGate: true),
        new(LuceneAnalysis.CjkBigramsAndUnigrams, OurNormalizer: true, AnswerBoost: 0.3f, ScopeGate: true),
        new(LuceneAnalysis.SmartCn, OurNormalizer: false, AnswerBoost: 0.3f, ScopeGate: true),
        new(LuceneAnalysis.SmartCn, OurNormalizer: true, AnswerBoost: 0.3f, ScopeGate: true),
        new(LuceneAnalysis.SmartCn, OurNormalizer: true, AnswerBoost: 0, ScopeGate: true),
    ];
}
