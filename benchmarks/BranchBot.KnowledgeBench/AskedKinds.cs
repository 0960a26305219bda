using System.Globalization;
using BranchBot.Core.Knowledge;

namespace BranchBot.KnowledgeBench;

/// <summary>
/// Whether the kind of answer an entry gives (<see cref="KnowledgeEntry.AskedKind"/>) agreeing with what the member's
/// asked clause wants (<see cref="KnowledgeAskedKindReader"/>) tells a right best entry from a wrong one (issue 12,
/// helper-ai): every tuning line's best entry grouped by outcome (answered right, answered wrong, declined with the label
/// first, declined with another entry first, off-topic or not covered declined) and by agreement, for the tune and the
/// confirm half; then gate variants that loosen one figure only when the kinds agree, or decline when they differ, against
/// today's gate. The lines go to a file in the temp folder for reading.
/// </summary>
internal static class AskedKinds
{
    /// <summary>One figure loosened, applied to today's gate.</summary>
    public static IReadOnlyList<(string Name, Func<KnowledgeThresholds, KnowledgeThresholds> Loosen)> Loosenings { get; } =
    [
        ("named terms not required", t => t with { RequireNamedTerms = false }),
        ("answer 0.20 -> 0.15", t => t with { Answer = 0.15 }),
        ("margin 0.30 -> 0.20", t => t with { Margin = 0.20 }),
        ("margin 0.30 -> 0.15", t => t with { Margin = 0.15 }),
        ("margin 0.30 -> 0.10", t => t with { Margin = 0.10 }),
        ("topic coverage 0.5 -> 0.4", t => t with { TopicCoverage = 0.4 }),
        ("topic coverage 0.5 -> 0.3", t => t with { TopicCoverage = 0.3 }),
        ("close match 0.6 -> 0.5", t => t with { CloseMatch = 0.5 }),
        ("agreeing margin 0.1 -> 0.05", t => t with { AgreeingMatchMargin = 0.05 }),
        ("leaning match 0.25 -> 0.2", t => t with { LeaningMatch = 0.2 }),
        ("leaning topic 0.4 -> 0.3", t => t with { LeaningTopicCoverage = 0.3 }),
        ("leaning lead 0.4 -> 0.3", t => t with { LeaningLead = 0.3 }),
        ("leaning margin 0.3 -> 0.2", t => t with { LeaningMargin = 0.2 }),
        ("separated match 0.4 -> 0.3", t => t with { SeparatedMatch = 0.3 }),
        ("separated lead 0.3 -> 0.2", t => t with { SeparatedLead = 0.2 }),
        ("asked rule margin 0.25 -> 0.15", t => t with { AskedMatchMargin = 0.15 }),
        ("asked rule lead 0.3 -> 0.1", t => t with { AskedMatchLead = 0.1 }),
        ("asked rule without a preamble", t => t with { AskedMatchNeedsPreamble = false }),
        ("margin 0.2 + topic 0.4", t => t with { Margin = 0.2, TopicCoverage = 0.4 }),
    ];

    /// <summary>The gate on main before this round: no looser figures when the kinds agree.</summary>
    public static KnowledgeThresholds MainGate { get; } = KnowledgeThresholds.Default with { WhenKindsAgree = null };

    public static void Run(BenchData data, IReadOnlyList<string> rest, string root)
    {
        if (rest.Contains("untouched"))
        {
            Untouched(data, root);
            return;
        }

        if (rest.Contains("totals"))
        {
            Totals(data);
            return;
        }

        // The part that arrived during the round is measured first (totals) and only then tuned on.
        data = rest.Contains("with-writer13") ? data : data with { Tuning = [.. data.Tuning.Where(p => p.Name != "writer13")] };
        var gate = MainGate;
        var baseline = TuningRuns.Of(data, gate);
        Separation(baseline);

        Console.WriteLine();
        Console.WriteLine("variant | tune half right+ wrong+ | confirm half right+ wrong+ | parts whose precision falls");
        var variants = Loosenings.Select(l => ("kinds agree: " + l.Name, gate with { WhenKindsAgree = l.Loosen }))
            .Append(("decline when kinds differ", gate with { DeclineWhenKindsDiffer = true }))
            .Concat(Loosenings.Select(l => ("plain loosening (for comparison): " + l.Name, l.Loosen(gate))));
        var only = rest.Where(r => r.StartsWith("only=", StringComparison.Ordinal)).Select(r => r[5..]).ToList();
        foreach (var (name, thresholds) in variants.Where(v => only.Count == 0 || only.Any(o => v.Item1.Contains(o, StringComparison.Ordinal))))
        {
            Compare(name, baseline, TuningRuns.Of(data, thresholds), rest.Contains("lines"));
        }
    }

    /// <summary>Every part's figures with main's gate and with today's (the first run of a new part is read here).</summary>
    private static void Totals(BenchData data)
    {
        Console.WriteLine("part: in-scope top-1 | precision | coverage | off-topic declined | not covered, not answered");
        foreach (var (name, gate) in new[] { ("main's gate", MainGate), ("this branch's gate", KnowledgeThresholds.Default) })
        {
            Console.WriteLine(name);
            var index = new KnowledgeIndex(data.Entries, gate);
            foreach (var part in data.Tuning)
            {
                var runs = part.Cases.Select(c => (c, Explain.ToRetrieval(c, index.Search(c.Question)))).ToList();
                Console.WriteLine($"  {part.Name}: {Accuracy.Measure(runs, double.Epsilon).Cells()}");
            }
        }
    }

    /// <summary>Each untouched part (knowledge/ at its first run, today's labels) with main's gate and with today's.</summary>
    private static void Untouched(BenchData data, string root)
    {
        Console.WriteLine("untouched part: main's gate right/answered | today's gate | lines that changed");
        var totals = new int[4];
        foreach (var (name, entries, cases) in UntouchedPart.LoadAll(data, root))
        {
            var (before, after) = (new KnowledgeIndex(entries, MainGate), new KnowledgeIndex(entries));
            var counts = new int[4];
            var changed = new List<string>();
            foreach (var c in cases)
            {
                var (was, now) = (before.Search(c.Question), after.Search(c.Question));
                if (c.IsInScope)
                {
                    counts[0] += was.Verdict == KnowledgeVerdict.Answered && TuningRuns.Right(c, was) ? 1 : 0;
                    counts[1] += was.Verdict == KnowledgeVerdict.Answered ? 1 : 0;
                    counts[2] += now.Verdict == KnowledgeVerdict.Answered && TuningRuns.Right(c, now) ? 1 : 0;
                    counts[3] += now.Verdict == KnowledgeVerdict.Answered ? 1 : 0;
                }

                if (was.Verdict != now.Verdict || !was.Answers.SequenceEqual(now.Answers))
                {
                    changed.Add($"    {(TuningRuns.Right(c, now) ? "right" : "WRONG")}: {c.Question} -> {string.Join(" + ", now.Answers.Select(e => e.Question))} (label {c.Expected})");
                }
            }

            Console.WriteLine($"{name}: {counts[0]}/{counts[1]} | {counts[2]}/{counts[3]}");
            changed.ForEach(Console.WriteLine);
            for (var i = 0; i < 4; i++)
            {
                totals[i] += counts[i];
            }
        }

        Console.WriteLine($"pooled: {totals[0]}/{totals[1]} | {totals[2]}/{totals[3]}");
    }

    private static void Separation(List<(string Part, List<(EvaluationCase Case, KnowledgeSearchResult Result)> Runs)> baseline)
    {
        var counts = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        using var file = new StreamWriter(Path.Combine(Path.GetTempPath(), "asked-kinds.tsv"));
        file.WriteLine("part\thalf\toutcome\tagreement\tquestion\tasked kind\tbest\tentry kind");
        foreach (var (part, runs) in baseline)
        {
            var half = GateDeclines.TuneHalf.Contains(part) ? "tune" : "confirm";
            foreach (var (c, result) in runs.Where(r => r.Result.Best is not null))
            {
                var best = result.Best!;
                var answered = result.Verdict == KnowledgeVerdict.Answered;
                var outcome = !c.IsInScope ? answered ? "answered wrong (not in scope)" : "declined, not in scope"
                    : answered ? result.Answers.Any(e => e.Question == c.Expected) ? "answered right" : "answered wrong (in scope)"
                    : best.Entry.Question == c.Expected ? "declined, label first" : "declined, another entry first";
                var key = $"{half} | {outcome}";
                var row = counts.TryGetValue(key, out var r) ? r : counts[key] = new int[3];
                row[(int)best.AskedKind]++;
                file.WriteLine(string.Join('\t', part, half, outcome, best.AskedKind, c.Question, KnowledgeAskedKindReader.Read(KnowledgeAskedClause.Asked(c.Question)), best.Entry.Question, best.Entry.AskedKind));
            }
        }

        Console.WriteLine("| half | outcome of the best entry | kinds not stated | agree | differ | agree share |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var (key, row) in counts)
        {
            Console.WriteLine($"| {key} | {row[0]} | {row[1]} | {row[2]} | {Pct(row[1], row.Sum())} |");
        }
    }

    private static void Compare(string name, List<(string Part, List<(EvaluationCase Case, KnowledgeSearchResult Result)> Runs)> baseline,
        List<(string Part, List<(EvaluationCase Case, KnowledgeSearchResult Result)> Runs)> runs, bool lines)
    {
        var (tuneRight, tuneWrong, confirmRight, confirmWrong) = (0, 0, 0, 0);
        var falls = new List<string>();
        var changed = new List<string>();
        foreach (var (part, partRuns) in runs)
        {
            var before = baseline.First(b => b.Part == part).Runs;
            var (right, wrong) = (0, 0);
            for (var i = 0; i < partRuns.Count; i++)
            {
                var (c, now) = partRuns[i];
                var was = before[i].Result;
                var rightNow = TuningRuns.Right(c, now) && now.Verdict == KnowledgeVerdict.Answered;
                var rightBefore = TuningRuns.Right(c, was) && was.Verdict == KnowledgeVerdict.Answered;
                var wrongNow = now.Verdict == KnowledgeVerdict.Answered && !TuningRuns.Right(c, now);
                var wrongBefore = was.Verdict == KnowledgeVerdict.Answered && !TuningRuns.Right(c, was);
                right += (rightNow ? 1 : 0) - (rightBefore ? 1 : 0);
                wrong += (wrongNow ? 1 : 0) - (wrongBefore ? 1 : 0);
                if (rightNow != rightBefore || wrongNow != wrongBefore)
                {
                    var what = rightNow ? "right+" : wrongNow ? "wrong+" : rightBefore ? "right-" : "wrong-";
                    changed.Add($"    {what} {part}: {c.Question} -> {string.Join(" + ", now.Answers.Select(e => e.Question))} (label {c.Expected})");
                }
            }

            if (TuningRuns.Precision(partRuns) < TuningRuns.Precision(before) - 1e-9)
            {
                falls.Add(part);
            }

            if (GateDeclines.TuneHalf.Contains(part))
            {
                (tuneRight, tuneWrong) = (tuneRight + right, tuneWrong + wrong);
            }
            else
            {
                (confirmRight, confirmWrong) = (confirmRight + right, confirmWrong + wrong);
            }
        }

        Console.WriteLine($"{name} | {tuneRight:+0;-0;0} {tuneWrong:+0;-0;0} | {confirmRight:+0;-0;0} {confirmWrong:+0;-0;0} | {string.Join(", ", falls)}");
        if (lines)
        {
            changed.ForEach(Console.WriteLine);
        }
    }

    private static string Pct(int part, int whole) => whole == 0 ? "—" : (100.0 * part / whole).ToString("F0", CultureInfo.InvariantCulture) + "%";
}
