using BranchBot.Core.Knowledge;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace BranchBot.KnowledgeBench;

/// <summary>
/// The same entries in a Lucene.Net in-memory index: one document per entry, every phrasing (question and 也问) as a
/// value of the field "q", the answer in "a". A question becomes an OR of its analyzed terms over "q" (and "a" at
/// the setup's boost), scored with BM25Similarity (k1 1.2, b 0.75, as ours). Confidence is the top score divided by
/// the sum of the question terms' BM25 IDFs in "q", the same length-independent relevance BranchBot thresholds.
/// </summary>
internal sealed class LuceneRetriever : IRetriever, IDisposable
{
    private const string PhrasingField = "q";
    private const string AnswerField = "a";
    private const string IdField = "id";

    private readonly IReadOnlyList<KnowledgeEntry> _entries;
    private readonly LuceneSetup _setup;
    private readonly Analyzer _analyzer;
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public LuceneRetriever(IReadOnlyList<KnowledgeEntry> entries, LuceneSetup setup)
    {
        _entries = entries;
        _setup = setup;
        _analyzer = setup.CreateAnalyzer();
        var config = new IndexWriterConfig(LuceneSetup.Version, _analyzer) { Similarity = new BM25Similarity(), OpenMode = OpenMode.CREATE };
        using (var writer = new IndexWriter(_directory, config))
        {
            for (var e = 0; e < entries.Count; e++)
            {
                var document = new Document { new StoredField(IdField, e) };
                foreach (var phrasing in entries[e].AlternativeQuestions.Prepend(entries[e].Question))
                {
                    document.Add(new TextField(PhrasingField, Prepare(phrasing), Field.Store.NO));
                }

                document.Add(new TextField(AnswerField, Prepare(entries[e].Answer), Field.Store.NO));
                writer.AddDocument(document);
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public string Name => _setup.Name;

    public RetrievalResult Search(string question)
    {
        var text = Prepare(question);
        var terms = Analyze(text);
        var query = new BooleanQuery();
        double mass = 0;
        foreach (var term in terms)
        {
            var phrasingTerm = new Term(PhrasingField, term);
            query.Add(new TermQuery(phrasingTerm), Occur.SHOULD);
            var df = _reader.DocFreq(phrasingTerm);
            mass += Math.Log(1 + ((_reader.NumDocs - df + 0.5) / (df + 0.5)));
            if (_setup.AnswerBoost > 0)
            {
                query.Add(new TermQuery(new Term(AnswerField, term)) { Boost = _setup.AnswerBoost }, Occur.SHOULD);
            }
        }

        var inScope = !_setup.ScopeGate || KnowledgeScope.Covers(KnowledgeTextNormalizer.Normalize(question));
        if (terms.Count == 0)
        {
            return new RetrievalResult(null, 0, inScope);
        }

        var top = _searcher.Search(query, 3);
        if (top.ScoreDocs.Length == 0)
        {
            return new RetrievalResult(null, 0, inScope);
        }

        var best = top.ScoreDocs[0];
        var entry = _searcher.Doc(best.Doc).GetField(IdField).GetInt32Value() ?? -1;
        return new RetrievalResult(_entries[entry].Question, best.Score / mass, inScope);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private string Prepare(string text) => _setup.OurNormalizer ? KnowledgeTextNormalizer.Normalize(text) : text;

    private List<string> Analyze(string text)
    {
        var terms = new List<string>();
        using var stream = _analyzer.GetTokenStream(PhrasingField, text);
        var attribute = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(attribute.ToString());
        }

        stream.End();
        return terms;
    }
}
