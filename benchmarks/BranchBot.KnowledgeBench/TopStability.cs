using System.Globalization;
using BranchBot.Core.Knowledge;

namespace BranchBot.KnowledgeBench;

/// <summary>
/// Whether the first entry stays first when the question loses one character at a time (helper-as, issue 12 step 3): a
/// candidate signal, independent of the gate's scores, for telling declined lines whose label ranks first from lines
/// answered with a wrong first entry. Per half (tune / confirm as in helper-af's round): the share of deletions that keep
/// the first entry, per group, then how many lines of each kind a rule "answer a declined in-scope-looking line when its
/// first entry is stable at ≥ t" would add as right, wrong (in scope, wrong entry) and answered out of scope / not covered.
/// </summary>
internal static class TopStability
{
    private static readonly HashSet<string> TuneHalf = ["tuning", "writer", "writer3", "writer5", "writer7", "writer9", "writer11"];

    public static void Run(BenchData data)
    {
        var index = new KnowledgeIndex(data.Entries);
        var rows = new List<(string Half, string Group, double Stability, double Margin, double Topic, bool Lacks, KnowledgeIntentAgreement Intent)>();
        foreach (var part in data.Tuning)
        {
            var half = TuneHalf.Contains(part.Name) ? "tune" : "confirm";
            foreach (var c in part.Cases)
            {
                var result = index.Search(c.Question);
                if (result.Best is not { } best || result.Verdict == KnowledgeVerdict.OutOfScope)
                {
                    continue;
                }

                var answered = result.Verdict == KnowledgeVerdict.Answered;
                var right = c.IsInScope && best.Entry.Question == c.Expected;
                var group = answered
                    ? (right ? "answered-right" : c.IsInScope ? "answered-wrong" : "answered-off")
                    : (right ? "declined-right-first" : c.IsInScope ? "declined-wrong-first" : "declined-off");
                rows.Add((half, group, Stability(index, c.Question, best.Entry), best.Margin, best.TopicCoverage, best.LacksNamedTerm, best.Intent));
            }
        }

        foreach (var half in new[] { "tune", "confirm" })
        {
            foreach (var group in rows.Where(r => r.Half == half).Select(r => r.Group).Distinct().Order())
            {
                var values = rows.Where(r => r.Half == half && r.Group == group).Select(r => r.Stability).Order().ToList();
                Console.WriteLine($"{half}\t{group}\t{values.Count}\tmedian stability {F(values[values.Count / 2])}\tshare = 1: {F(values.Count(v => v >= 1) / (double)values.Count)}");
            }

            foreach (var t in new[] { 1.0, 0.95 })
            {
                foreach (var m in new[] { 0.0, 0.2, 0.3 })
                {
                    foreach (var topic in new[] { 0.0, 0.8, 1.0 })
                    {
                        var added = rows.Where(r => r.Half == half && r.Group.StartsWith("declined", StringComparison.Ordinal) && r.Stability >= t && r.Margin >= m && r.Topic >= topic && !r.Lacks && r.Intent != KnowledgeIntentAgreement.Differs).ToList();
                        Console.WriteLine($"{half}\tstable ≥ {F(t)} margin ≥ {F(m)} topic ≥ {F(topic)}, no named term lacking, intent not differing: right +{added.Count(r => r.Group == "declined-right-first")} wrong +{added.Count(r => r.Group == "declined-wrong-first")} off-topic/not covered answered +{added.Count(r => r.Group == "declined-off")}");
                    }
                }
            }
        }
    }

    private static double Stability(KnowledgeIndex index, string question, KnowledgeEntry first)
    {
        var positions = Enumerable.Range(0, question.Length).Where(i => !char.IsWhiteSpace(question[i]) && !char.IsPunctuation(question[i])).ToList();
        if (positions.Count < 2)
        {
            return 1;
        }

        var kept = positions.Count(i => index.Search(question.Remove(i, 1)).Best?.Entry == first);
        return kept / (double)positions.Count;
    }

    private static string F(double value) => value.ToString("F2", CultureInfo.InvariantCulture);
}
