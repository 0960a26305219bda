using System.Globalization;
using BranchBot.Core.Knowledge;

namespace BranchBot.KnowledgeBench;

/// <summary>
/// Every tuning question with its part, BranchBot's verdict, best entry and the figures its confidence rule looks at
/// (then whether it lacks a named term, the full expected label and the gate rule that let it answer), wrong ones marked, then each tuning part's totals: what a person tuning the index reads. Tab-separated on standard
/// output. The held-out part is not run here.
/// </summary>
internal static class Explain
{
    public static void Run(BenchData data)
    {
        var index = new KnowledgeIndex(data.Entries);
        var totals = new List<string>();
        foreach (var part in data.Tuning)
        {
            var runs = part.Cases.Select(c => (Case: c, Result: index.Search(c.Question))).ToList();
            foreach (var (c, result) in runs)
            {
                Console.WriteLine(Line(part.Name, c, result) + '\t' + (result.Best is { } best ? index.MissingTopic(c.Question, best.Entry) : "-"));
            }

            totals.Add($"{part.Name}: {Accuracy.Measure([.. runs.Select(r => (r.Case, ToRetrieval(r.Case, r.Result)))], double.Epsilon).Cells()}");
        }

        Console.WriteLine("part: in-scope top-1 | precision | coverage | off-topic declined | not covered, not answered");
        totals.ForEach(Console.WriteLine);
    }

    /// <summary>Questions typed on the command line, each with its verdict and the figures of its three best entries.</summary>
    public static void Ask(BenchData data, IReadOnlyList<string> questions)
    {
        var index = new KnowledgeIndex(data.Entries);
        foreach (var question in questions)
        {
            var result = index.Search(question);
            var rule = result.Verdict == KnowledgeVerdict.Answered && result.Parts.Count == 0 && result.Best is { } best ? $" by {KnowledgeThresholds.Default.Rule(best)}" : "";
            Console.WriteLine($"{question}\t{result.Verdict}{rule}\tanswers: {string.Join(" + ", result.Answers.Select(e => e.Question))}{(result.Parts.Count > 0 ? $" (in {result.Parts.Count} parts)" : "")}");
            foreach (var m in result.Matches)
            {
                Console.WriteLine($"    {m.Entry.Question}\trelevance {F(m.Relevance)} margin {F(m.Margin)} topic {F(m.TopicCoverage)} {m.Intent} lead {F(m.DistinctLead)}{(m.LacksNamedTerm ? " lacks a named term" : "")}");
            }
        }
    }

    private static string Line(string part, EvaluationCase c, KnowledgeSearchResult result)
    {
        var ok = c.IsInScope ? AnswersLabel(c, result) : result.Verdict != KnowledgeVerdict.Answered;
        var best = result.Best;
        return string.Join('\t',
            ok ? "ok" : "WRONG",
            part,
            c.Expected.Length > 20 ? c.Expected[..20] : c.Expected,
            c.Question,
            result.Verdict,
            best?.Entry.Question ?? "-",
            F(best?.Relevance),
            F(best?.Coverage),
            F(best?.Margin),
            F(best?.TopicCoverage),
            best?.Intent.ToString() ?? "-",
            result.Matches.Count > 1 ? result.Matches[1].Entry.Question : "-",
            F(best?.DistinctLead),
            best?.LacksNamedTerm == true ? "lacks" : "-",
            c.Expected,
            result.Verdict == KnowledgeVerdict.Answered && best is not null ? KnowledgeThresholds.Default.Rule(best).ToString() : "-");
    }

    /// <summary>
    /// Right as the evaluation tests count it (EvaluationReport): the label is one of the entries answered, so a two-part
    /// answer whose second part gives the label counts (before 2026-12-06 helper-ad, only the first entry was compared here).
    /// </summary>
    private static bool AnswersLabel(EvaluationCase c, KnowledgeSearchResult result) => result.Answers.Any(e => e.Question == c.Expected);

    internal static RetrievalResult ToRetrieval(EvaluationCase c, KnowledgeSearchResult result) =>
        new(AnswersLabel(c, result) ? c.Expected : result.Best?.Entry.Question, result.Verdict == KnowledgeVerdict.Answered ? 1 : 0, result.Verdict != KnowledgeVerdict.OutOfScope);

    private static string F(double? value) => value?.ToString("F2", CultureInfo.InvariantCulture) ?? "-";
}
