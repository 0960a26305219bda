using System.Globalization;
using BranchBot.Core.Knowledge;

namespace BranchBot.KnowledgeBench;

/// <summary>
/// Every evaluation question with BranchBot's verdict, best entry and the figures its confidence rule looks at, wrong
/// ones marked: what a person tuning the index reads. Tab-separated on standard output.
/// </summary>
internal static class Explain
{
    public static void Run(BenchData data)
    {
        var index = new KnowledgeIndex(data.Entries);
        foreach (var c in data.Cases)
        {
            var result = index.Search(c.Question);
            var ok = c.IsInScope ? result.Answer?.Question == c.Expected : result.Verdict != KnowledgeVerdict.Answered;
            var best = result.Best;
            var second = result.Matches.Count > 1 ? result.Matches[1].Score : 0;
            Console.WriteLine(string.Join('\t',
                ok ? "ok" : "WRONG",
                c.Expected.Length > 20 ? c.Expected[..20] : c.Expected,
                c.Question,
                result.Verdict,
                best?.Entry.Question ?? "-",
                F(best?.Relevance),
                F(best?.Coverage),
                F(best is null ? null : (best.Score - second) / best.Score),
                F(best?.TopicCoverage),
                best?.Intent.ToString() ?? "-",
                result.Matches.Count > 1 ? result.Matches[1].Entry.Question : "-"));
        }
    }

    private static string F(double? value) => value?.ToString("F2", CultureInfo.InvariantCulture) ?? "-";
}
