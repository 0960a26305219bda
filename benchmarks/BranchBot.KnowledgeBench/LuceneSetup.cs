using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace BranchBot.KnowledgeBench;

/// <summary>
/// One Lucene.Net configuration in the comparison.
/// <paramref name="Unigrams"/>: CJKBigramFilter also emits single characters (stock CJKAnalyzer emits bigrams only).
/// <paramref name="OurNormalizer"/>: entries and questions first go through BranchBot's KnowledgeTextNormalizer
/// (synonyms, numerals, filler words), isolating what the analyzer and BM25 do from what the normalizer does.
/// <paramref name="AnswerBoost"/>: weight of the answer field next to the phrasings (0 leaves answers out).
/// <paramref name="ScopeGate"/>: questions without a domain word (BranchBot's KnowledgeScope) are declined before any
/// threshold, as BranchBot does.
/// </summary>
internal sealed record LuceneSetup(bool Unigrams, bool OurNormalizer, float AnswerBoost, bool ScopeGate)
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public string Name =>
        $"Lucene {(Unigrams ? "CJK bigram+unigram" : "CJKAnalyzer")}{(OurNormalizer ? " + our normalizer" : "")}" +
        $"{(AnswerBoost > 0 ? $" + answer^{AnswerBoost}" : "")}{(ScopeGate ? " + our scope gate" : "")}";

    public Analyzer CreateAnalyzer() => Unigrams
        ? Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new CJKWidthFilter(source);
            stream = new LowerCaseFilter(Version, stream);
            stream = new CJKBigramFilter(stream, CJKScript.ALL, outputUnigrams: true);
            return new TokenStreamComponents(source, stream);
        })
        : new CJKAnalyzer(Version);

    public static IEnumerable<LuceneSetup> All() =>
        from unigrams in new[] { false, true }
        from normalizer in new[] { false, true }
        from answer in new[] { 0f, 0.3f }
        from gate in new[] { false, true }
        select new LuceneSetup(unigrams, normalizer, answer, gate);
}
