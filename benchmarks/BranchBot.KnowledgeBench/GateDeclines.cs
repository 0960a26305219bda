using System.Globalization;
using BranchBot.Core.Knowledge;

namespace BranchBot.KnowledgeBench;

/// <summary>
/// Where coverage is lost at the answer gate (issue 12, helper-af): per tuning part, the in-scope lines declined by where
/// their label ranks; then, for each gate condition loosened one step alone, the right answers it adds and the wrong ones it
/// lets through (in-scope wrong, off-topic or not-covered answered), per part and for the two halves the round tunes and
/// confirms on; then every declined line with the gate's figures and the asked clause's share, to a file for reading.
/// </summary>
internal static class GateDeclines
{
    /// <summary>Today's gate without the asked-clause rule (main before helper-af's round).</summary>
    public static KnowledgeThresholds WithoutAskedRule { get; } = KnowledgeThresholds.Default with { AskedMatch = double.MaxValue };

    /// <summary>The half tuned on; the other parts confirm.</summary>
    public static readonly string[] TuneHalf = ["tuning", "writer", "writer3", "writer5", "writer7", "writer9", "writer11"];

    public static IReadOnlyList<(string Name, KnowledgeThresholds Thresholds)> Loosenings { get; } =
    [
        ("named terms not required", WithoutAskedRule with { RequireNamedTerms = false }),
        ("answer 0.20 -> 0.15", WithoutAskedRule with { Answer = 0.15 }),
        ("margin 0.30 -> 0.20", WithoutAskedRule with { Margin = 0.20 }),
        ("margin 0.30 -> 0.10", WithoutAskedRule with { Margin = 0.10 }),
        ("topic support 0.15 -> 0.10", WithoutAskedRule with { TopicSupport = 0.10 }),
        ("topic coverage 0.5 -> 0.4", WithoutAskedRule with { TopicCoverage = 0.4 }),
        ("topic coverage 0.5 -> 0.3", WithoutAskedRule with { TopicCoverage = 0.3 }),
        ("other intent 0.4 -> 0.3", WithoutAskedRule with { AnswerDespiteOtherIntent = 0.3 }),
        ("close match 0.6 -> 0.5", WithoutAskedRule with { CloseMatch = 0.5 }),
        ("close margin 0.05 -> 0", WithoutAskedRule with { CloseMatchMargin = 0 }),
        ("agreeing margin 0.1 -> 0.05", WithoutAskedRule with { AgreeingMatchMargin = 0.05 }),
        ("leaning match 0.25 -> 0.2", WithoutAskedRule with { LeaningMatch = 0.2 }),
        ("leaning topic 0.4 -> 0.3", WithoutAskedRule with { LeaningTopicCoverage = 0.3 }),
        ("leaning lead 0.4 -> 0.3", WithoutAskedRule with { LeaningLead = 0.3 }),
        ("leaning margin 0.3 -> 0.2", WithoutAskedRule with { LeaningMargin = 0.2 }),
        ("leaning agreeing margin 0.15 -> 0.1", WithoutAskedRule with { LeaningAgreeingMargin = 0.1 }),
        ("separated match 0.4 -> 0.3", WithoutAskedRule with { SeparatedMatch = 0.3 }),
        ("separated lead 0.3 -> 0.2", WithoutAskedRule with { SeparatedLead = 0.2 }),
        ("separated partial margin 0.05 -> 0", WithoutAskedRule with { SeparatedPartialTopicMargin = 0 }),
    ];

    /// <summary>Each untouched part (knowledge/ at its first run, today's labels) with and without the asked-clause rule.</summary>
    public static void Untouched(BenchData data, string root)
    {
        Console.WriteLine("untouched part: without the asked rule right/answered | with it | lines that changed");
        var totals = new int[4];
        foreach (var (name, entries, cases) in UntouchedPart.LoadAll(data, root))
        {
            var before = new KnowledgeIndex(entries, WithoutAskedRule);
            var after = new KnowledgeIndex(entries);
            var (rb, ab, ra, aa) = (0, 0, 0, 0);
            var changed = new List<string>();
            foreach (var c in cases)
            {
                var was = before.Search(c.Question);
                var now = after.Search(c.Question);
                if (c.IsInScope)
                {
                    ab += was.Verdict == KnowledgeVerdict.Answered ? 1 : 0;
                    aa += now.Verdict == KnowledgeVerdict.Answered ? 1 : 0;
                    rb += was.Verdict == KnowledgeVerdict.Answered && TuningRuns.Right(c, was) ? 1 : 0;
                    ra += now.Verdict == KnowledgeVerdict.Answered && TuningRuns.Right(c, now) ? 1 : 0;
                }

                if (was.Verdict != now.Verdict || !was.Answers.SequenceEqual(now.Answers))
                {
                    changed.Add($"    {(TuningRuns.Right(c, now) ? "right" : "WRONG")}: {c.Question} -> {string.Join(" + ", now.Answers.Select(e => e.Question))} (label {c.Expected}) asked share {F(now.Best!.AskedShare)} phrasing {F(now.Best.AskedPhrasingShare)} margin {F(now.Best.Margin)} lead {F(now.Best.DistinctLead)} relevance {F(now.Best.Relevance)} {now.Best.Intent}");
                }
            }

            Console.WriteLine($"{name}: {rb}/{ab} | {ra}/{aa}");
            changed.ForEach(Console.WriteLine);
            (totals[0], totals[1], totals[2], totals[3]) = (totals[0] + rb, totals[1] + ab, totals[2] + ra, totals[3] + aa);
        }

        Console.WriteLine($"pooled: {totals[0]}/{totals[1]} | {totals[2]}/{totals[3]}");
    }

    public static void Run(BenchData data, IReadOnlyList<string> rest)
    {
        var baseline = TuningRuns.Of(data, rest.Contains("after") ? KnowledgeThresholds.Default : WithoutAskedRule);
        Console.WriteLine("in-scope declined by the label's rank: part | declined | label 1st | label 2nd-3rd | label lower or absent | label 1st with a preamble");
        foreach (var (part, runs) in baseline)
        {
            var declined = runs.Where(r => r.Case.IsInScope && r.Result.Verdict != KnowledgeVerdict.Answered).ToList();
            var rank = declined.Select(r => r.Result.Matches.Select(m => m.Entry.Question).ToList().IndexOf(r.Case.Expected)).ToList();
            Console.WriteLine($"{part} | {declined.Count} | {rank.Count(x => x == 0)} | {rank.Count(x => x is 1 or 2)} | {rank.Count(x => x < 0)} | {declined.Where((r, i) => rank[i] == 0 && r.Result.Best!.HasPreamble).Count()}");
        }

        Console.WriteLine();
        Console.WriteLine("one condition loosened: variant | tune half right+ wrong+ | confirm half right+ wrong+ | parts whose precision falls");
        var variants = rest.Count > 0 && rest[0] == "asked" ? AskedVariants() : Loosenings;
        var only = rest.Where(r => r.StartsWith("only=", StringComparison.Ordinal)).Select(r => r[5..]).ToList();
        foreach (var (name, thresholds) in variants.Where(v => only.Count == 0 || only.Any(o => v.Name.Contains(o, StringComparison.Ordinal))))
        {
            var runs = TuningRuns.Of(data, thresholds);
            var (tuneRight, tuneWrong, confirmRight, confirmWrong) = (0, 0, 0, 0);
            var falls = new List<string>();
            var added = new List<string>();
            foreach (var (part, partRuns) in runs)
            {
                var before = baseline.First(b => b.Part == part).Runs;
                var (right, wrong) = (0, 0);
                for (var i = 0; i < partRuns.Count; i++)
                {
                    var (c, now) = partRuns[i];
                    var was = before[i].Result;
                    var rightNow = TuningRuns.Right(c, now);
                    var rightBefore = TuningRuns.Right(c, was);
                    var answeredNow = now.Verdict == KnowledgeVerdict.Answered;
                    var answeredBefore = was.Verdict == KnowledgeVerdict.Answered;
                    right += (rightNow && answeredNow ? 1 : 0) - (rightBefore && answeredBefore ? 1 : 0);
                    var wrongNow = answeredNow && !rightNow;
                    var wrongBefore = answeredBefore && !rightBefore;
                    wrong += (wrongNow ? 1 : 0) - (wrongBefore ? 1 : 0);
                    if (wrongNow && !wrongBefore)
                    {
                        added.Add($"    wrong+ {part}: {c.Question} -> {string.Join(" + ", now.Answers.Select(e => e.Question))} (label {c.Expected})");
                    }
                    else if (rightNow && answeredNow && !(rightBefore && answeredBefore))
                    {
                        added.Add($"    right+ {part}: {c.Question} -> {string.Join(" + ", now.Answers.Select(e => e.Question))}");
                    }
                    else if (!(rightNow && answeredNow) && rightBefore && answeredBefore)
                    {
                        added.Add($"    right- {part}: {c.Question}");
                    }
                }

                if (TuningRuns.Precision(partRuns) < TuningRuns.Precision(before) - 1e-9)
                {
                    falls.Add(part);
                }

                if (TuneHalf.Contains(part))
                {
                    (tuneRight, tuneWrong) = (tuneRight + right, tuneWrong + wrong);
                }
                else
                {
                    (confirmRight, confirmWrong) = (confirmRight + right, confirmWrong + wrong);
                }
            }

            Console.WriteLine($"{name} | {tuneRight:+0;-0;0} {tuneWrong:+0;-0;0} | {confirmRight:+0;-0;0} {confirmWrong:+0;-0;0} | {string.Join(", ", falls)}");
            if (rest.Contains("lines"))
            {
                added.ForEach(Console.WriteLine);
            }
        }

        using var file = new StreamWriter(Path.Combine(Path.GetTempPath(), "gate-declines.tsv"));
        file.WriteLine("part\tkind\tquestion\tbest\trelevance\tcoverage\tmargin\ttopic\tintent\tlead\tlacks\tasked\taskedphrasing\tpreamble\tsupport\taskedtopic");
        foreach (var (part, runs) in baseline)
        {
            foreach (var (c, result) in runs.Where(r => r.Result.Verdict == KnowledgeVerdict.Uncertain && r.Result.Best is not null))
            {
                var b = result.Best!;
                var kind = !c.IsInScope ? c.Expected : b.Entry.Question == c.Expected ? "label-first" : "label-not-first";
                file.WriteLine(string.Join('\t', part, kind, c.Question, b.Entry.Question, F(b.Relevance), F(b.Coverage), F(b.Margin), F(b.TopicCoverage), b.Intent, F(b.DistinctLead), b.LacksNamedTerm ? 1 : 0, F(b.AskedShare), F(b.AskedPhrasingShare), b.HasPreamble ? 1 : 0, F(b.TopicSupport), F(b.AskedTopicCoverage)));
            }
        }
    }

    /// <summary>Variants of the asked-clause rule (the round's gate feature), each added to today's gate.</summary>
    private static IEnumerable<(string Name, KnowledgeThresholds Thresholds)> AskedVariants()
    {
        var asked = WithoutAskedRule with { AskedMatch = 0, AskedMatchTopic = 0.99, AskedMatchMargin = 0.25, AskedMatchLead = 0.3, AskedMatchNeedsPreamble = true };
        yield return ("leaning on the asked topic", WithoutAskedRule with { LeaningOnAskedTopic = true });
        yield return ("asked rule + leaning on the asked topic", asked with { LeaningOnAskedTopic = true });
        yield return ("asked rule as shipped", asked);
        yield return ("asked rule, margin 0.2", asked with { AskedMatchMargin = 0.2 });
        yield return ("asked rule, margin 0.15", asked with { AskedMatchMargin = 0.15 });
        yield return ("asked rule, lead 0.2", asked with { AskedMatchLead = 0.2 });
        yield return ("asked rule, lead 0", asked with { AskedMatchLead = 0 });
        yield return ("asked rule, margin 0.2 lead 0.2", asked with { AskedMatchMargin = 0.2, AskedMatchLead = 0.2 });
        yield return ("asked rule, asked topic 0.8", asked with { AskedMatchTopic = 0.8 });
        yield return ("asked rule, asked share 0.3", asked with { AskedMatch = 0.3 });
        yield return ("asked rule, no preamble needed", asked with { AskedMatchNeedsPreamble = false });

        foreach (var preamble in new[] { true, false })
        {
            foreach (var share in new[] { 0.0, 0.4, 0.5 })
            {
                foreach (var margin in new[] { 0.1, 0.15, 0.2, 0.25 })
                {
                    foreach (var lead in new[] { -1, 0, 0.3 })
                    {
                        yield return (string.Create(CultureInfo.InvariantCulture, $"asked share {share} topic 0.99 margin {margin} lead {lead}{(preamble ? " preamble" : "")}"),
                            WithoutAskedRule with { AskedMatch = share, AskedMatchTopic = 0.99, AskedMatchMargin = margin, AskedMatchLead = lead, AskedMatchNeedsPreamble = preamble });
                    }
                }
            }
        }
    }

    private static string F(double value) => value.ToString("F2", CultureInfo.InvariantCulture);
}
