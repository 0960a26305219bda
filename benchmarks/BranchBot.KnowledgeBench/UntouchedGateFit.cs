using System.Globalization;
using BranchBot.Core.Knowledge;

namespace BranchBot.KnowledgeBench;

/// <summary>
/// Answer gates calibrated and compared on untouched rows (issue 12): each part of <see cref="UntouchedPart.All"/> is
/// searched with today's code on knowledge/ as it was at the part's first run, so no line carries phrasings written for
/// it; labels are today's, and a line whose label entry did not exist then is not covered (right only when declined).
/// Leave one part out: a <see cref="LogisticGate"/> on the match's own figures is fitted on the other parts' rows, its
/// threshold set for <see cref="TargetPrecision"/> on them (and <see cref="StricterPrecision"/> for the OR variant), and
/// measured on the part left out beside the rule gate, rule AND fitted, and rule OR fitted at the stricter threshold.
/// The variant to ship is picked by <see cref="Pick"/>, a rule written before any held-out run. Then the fit on every
/// part's untouched rows, printed as the constants a product gate holds.
/// </summary>
internal static class UntouchedGateFit
{
    public const double TargetPrecision = 0.95;
    private const double StricterPrecision = 0.98;

    /// <summary>Right answers a more precise variant may lose against the rule gate, pooled over every part.</summary>
    private const int FewRightAnswers = 5;

    /// <summary>The figures a <see cref="KnowledgeMatch"/> carries (the product gate sees only the best match).</summary>
    private static readonly bool[] MatchFigures = [.. GateRow.FeatureNames.Select(n => n is not ("ScoreLead" or "QuestionTerms"))];

    private sealed record Gates(LogisticGate Fitted, LogisticGate Strict, LogisticGate Loose, LogisticGate Strictest);

    private static readonly (string Name, bool Candidate, Func<GateRow, Gates, bool> Answers)[] Variants =
    [
        ("(a) rule gate (KnowledgeThresholds.Default)", false, (row, _) => row.RuleAnswers),
        ("(b) fitted, 95% on the other parts", true, (row, g) => g.Fitted.Answers(row.Features)),
        ("(c) rule AND fitted (95%)", true, (row, g) => row.RuleAnswers && g.Fitted.Answers(row.Features)),
        ("(d) rule OR fitted at 98%", true, (row, g) => row.RuleAnswers || g.Strict.Answers(row.Features)),
        ("for comparison: rule AND fitted at 90%", false, (row, g) => row.RuleAnswers && g.Loose.Answers(row.Features)),
        ("for comparison: rule OR fitted at 99%", false, (row, g) => row.RuleAnswers || g.Strictest.Answers(row.Features)),
    ];

    public static void Run(BenchData data, string root)
    {
        Console.WriteLine("| part | first-run commit | entries then | lines | in scope, label entry existed then | label entry added later (not covered here) | not covered / off-topic by label | reach a gate |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        var parts = new List<(string Name, List<(EvaluationCase Case, GateRow? Row)> Lines)>();
        var rules = new Dictionary<GateRow, KnowledgeGateRule>(ReferenceEqualityComparer.Instance);
        var labelRanks = new Dictionary<GateRow, int>(ReferenceEqualityComparer.Instance);
        foreach (var part in UntouchedPart.All)
        {
            var entries = part.Entries(root);
            var questions = entries.Select(e => e.Question).ToHashSet(StringComparer.Ordinal);
            var index = new KnowledgeIndex(entries);
            var cases = data.Tuning.Single(p => p.Name == part.Name).Cases;
            var lines = cases
                .Select(c => c.IsInScope && !questions.Contains(c.Expected) ? c with { Expected = EvaluationCase.NotCovered } : c)
                .Select(c =>
                {
                    var result = index.Search(c.Question);
                    var row = GateRow.From(part.Name, c, result);
                    if (row is not null)
                    {
                        rules[row] = KnowledgeThresholds.Default.Rule(result.Best!);
                        labelRanks[row] = index.Search(c.Question, UntouchedGateDiagnostics.RankDepth).Matches.ToList().FindIndex(m => m.Entry.Question == c.Expected) + 1;
                    }

                    return (Case: c, Row: row);
                })
                .ToList();
            parts.Add((part.Name, lines));
            var added = cases.Count(c => c.IsInScope && !questions.Contains(c.Expected));
            Console.WriteLine($"| {part.Name} | {part.Commit} | {entries.Count} | {cases.Count} | {cases.Count(c => c.IsInScope) - added} | {added} | {cases.Count(c => !c.IsInScope)} | {lines.Count(l => l.Row is not null)} |");
        }

        var rows = parts.SelectMany(p => p.Lines).Select(l => l.Row).OfType<GateRow>().ToList();
        Console.WriteLine($"{rows.Count} rows reach a gate, {rows.Count(r => r.Right)} with the right best entry");

        var figures = LeaveOneOut(parts, rows, MatchFigures);
        var pooled = figures.Select(f => f.Aggregate(new GateFigures(), (sum, x) => sum.Add(x))).ToList();
        for (var v = 0; v < Variants.Length; v++)
        {
            Console.WriteLine();
            Console.WriteLine($"Leave one part out, untouched rows: {Variants[v].Name}");
            Console.WriteLine("| part | precision | coverage | off-topic declined | not covered declined |");
            Console.WriteLine("|---|---|---|---|---|");
            for (var p = 0; p < parts.Count; p++)
            {
                Console.WriteLine($"| {parts[p].Name} | {figures[v][p].Cells()} |");
            }

            Console.WriteLine($"| **pooled** | {pooled[v].Cells()} |");
        }

        Console.WriteLine();
        Summary(pooled);
        var pick = Pick(pooled[0], [.. Variants.Select((variant, v) => (variant.Name, variant.Candidate, pooled[v]))]);
        Console.WriteLine();
        Console.WriteLine(pick is { } name ? $"Picked: {name}" : "Picked: none (no variant beats the rule gate by the rule of the experiment)");

        UntouchedGateDiagnostics.Frontier(parts, rows, MatchFigures);
        UntouchedGateDiagnostics.RuleBreakdown(rows, rules);
        UntouchedGateDiagnostics.LabelRanks(rows, labelRanks);
        UntouchedGateDiagnostics.VetoByRule(parts, rows, rules, MatchFigures);

        var allFeatures = GateRow.FeatureNames.Select(_ => true).ToArray();
        Console.WriteLine();
        Console.WriteLine("With all eleven features (the score lead and term count are not figures a match carries; not the setting the pick is made on):");
        var pooledAll = LeaveOneOut(parts, rows, allFeatures).Select(f => f.Aggregate(new GateFigures(), (sum, x) => sum.Add(x))).ToList();
        Summary(pooledAll);
        var pickAll = Pick(pooledAll[0], [.. Variants.Select((variant, v) => (variant.Name, variant.Candidate, pooledAll[v]))]);
        Console.WriteLine($"The pick rule on these: {pickAll ?? "none"}");
        UntouchedGateDiagnostics.Frontier(parts, rows, allFeatures);

        var final = FitGates(rows, MatchFigures);
        Console.WriteLine();
        Console.WriteLine($"Fitted on every part's untouched rows ({rows.Count}), the match's own figures:");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    private const double Intercept = {final.Fitted.Intercept:R};"));
        for (var j = 0; j < GateRow.FeatureNames.Length; j++)
        {
            if (MatchFigures[j])
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    private const double {GateRow.FeatureNames[j]}Weight = {final.Fitted.Weights[j]:R};"));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    private const double Threshold95 = {final.Fitted.Threshold:R};"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    private const double Threshold98 = {final.Strict.Threshold:R};"));
        for (var v = 0; v < Variants.Length; v++)
        {
            var answers = Variants[v].Answers;
            var inSample = parts.Select(p => GateFigures.Of(p.Lines, row => answers(row, final))).Aggregate(new GateFigures(), (sum, x) => sum.Add(x));
            Console.WriteLine($"| {Variants[v].Name}, in sample | {inSample.Cells()} |");
        }
    }

    /// <summary>
    /// The rule of the experiment, fixed before any held-out run: among the candidates (b, c, d), those more precise than
    /// the rule gate pooled that lose at most <see cref="FewRightAnswers"/> right answers, or with more right answers at
    /// no lower precision; of those the most precise, then the one with the most right answers.
    /// </summary>
    private static string? Pick(GateFigures rule, IReadOnlyList<(string Name, bool Candidate, GateFigures Figures)> variants) =>
        variants
            .Where(v => v.Candidate)
            .Where(v => (v.Figures.Precision > rule.Precision && v.Figures.Right >= rule.Right - FewRightAnswers)
                || (v.Figures.Right > rule.Right && v.Figures.Precision >= rule.Precision))
            .OrderByDescending(v => v.Figures.Precision).ThenByDescending(v => v.Figures.Right)
            .Select(v => v.Name)
            .FirstOrDefault();

    /// <summary>Each variant's figures on each part, its fitted gates fitted on the other parts' rows.</summary>
    private static List<List<GateFigures>> LeaveOneOut(IReadOnlyList<(string Name, List<(EvaluationCase Case, GateRow? Row)> Lines)> parts, IReadOnlyList<GateRow> rows, bool[] mask)
    {
        var figures = Variants.Select(_ => new List<GateFigures>()).ToList();
        foreach (var (part, lines) in parts)
        {
            var gates = FitGates(rows.Where(r => r.Part != part).ToList(), mask);
            for (var v = 0; v < Variants.Length; v++)
            {
                var answers = Variants[v].Answers;
                figures[v].Add(GateFigures.Of(lines, row => answers(row, gates)));
            }
        }

        return figures;
    }

    private static void Summary(IReadOnlyList<GateFigures> pooled)
    {
        var rule = pooled[0];
        Console.WriteLine("| variant, pooled over the ten parts | precision | coverage | off-topic declined | not covered declined | right vs rule | wrong vs rule (all kinds) |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        for (var v = 0; v < Variants.Length; v++)
        {
            Console.WriteLine($"| {Variants[v].Name} | {pooled[v].Cells()} | {pooled[v].Right - rule.Right:+0;-0;0} | {pooled[v].Wrong - rule.Wrong:+0;-0;0} |");
        }
    }

    private static Gates FitGates(IReadOnlyList<GateRow> training, bool[] mask)
    {
        var xs = training.Select(r => r.Features).ToList();
        var ys = training.Select(r => r.Right).ToList();
        var fitted = LogisticGate.Fit(xs, ys, TargetPrecision, mask);
        return new Gates(fitted, fitted.At(StricterPrecision, xs, ys), fitted.At(0.90, xs, ys), fitted.At(0.99, xs, ys));
    }
}
