using System.Globalization;
using BranchBot.Core.Knowledge;

namespace BranchBot.KnowledgeBench;

/// <summary>
/// The calibrated answer gate against the rule gate (<see cref="KnowledgeThresholds.Clear"/>), on the tuning parts only.
/// Every tuning line is searched once; each line reaching a gate gives a <see cref="GateRow"/>. Leave one part out: a
/// <see cref="LogisticGate"/> is fitted on four parts, its threshold set for <see cref="TargetPrecision"/> on them, and
/// it is measured on the fifth, beside the rule gate on the same lines. Then it is fitted on all five parts and its
/// coefficients printed as the constants a product gate would hold. Precision = right among answered in-scope lines,
/// coverage = right among all in-scope lines. Shipped once as the product's gate and measured on the held-out parts, it
/// answered more questions right but with lower precision than the rule gate, so the product keeps the rule gate
/// (docs/benchmarks.md, issue 12, "A fitted answer gate").
/// </summary>
internal static class GateFit
{
    private const double TargetPrecision = 0.97;

    public static void Run(BenchData data)
    {
        var index = new KnowledgeIndex(data.Entries);
        var parts = data.Tuning
            .Select(part => (part.Name, Lines: part.Cases.Select(c => (Case: c, Row: GateRow.From(part.Name, c, index.Search(c.Question)))).ToList()))
            .ToList();
        var rows = parts.SelectMany(p => p.Lines).Select(l => l.Row).OfType<GateRow>().ToList();
        Console.WriteLine($"{rows.Count} rows reach a gate ({rows.Count(r => r.Right)} right best entry) of {parts.Sum(p => p.Lines.Count)} tuning lines");

        var all = GateRow.FeatureNames.Select(_ => true).ToArray();
        var matchOnly = GateRow.FeatureNames.Select(n => n is not ("ScoreLead" or "QuestionTerms")).ToArray();
        Console.WriteLine();
        Console.WriteLine("Leave one part out (fit on four parts, threshold for the target precision on them, measured on the fifth); the rule gate on the same lines:");
        Console.WriteLine($"| gate | {string.Join(" | ", parts.Select(p => p.Name))} | all five | off-topic declined | not covered declined |");
        Console.WriteLine($"|---|{string.Join("", parts.Select(_ => "---|"))}---|---|---|");
        Console.WriteLine(Row("rule gate (tuned on every part)", parts.Select(p => GateFigures.Of(p.Lines, row => row.RuleAnswers)).ToList()));
        foreach (var (name, mask, hardNamedTerm) in new[] { ("all features", all, false), ("the match's own figures", matchOnly, false), ("all features, a lacking named term declines", all, true) })
        {
            foreach (var target in new[] { 0.97, 0.98, 0.99 })
            {
                var figures = new List<GateFigures>();
                foreach (var (part, lines) in parts)
                {
                    var training = rows.Where(r => r.Part != part && !(hardNamedTerm && LacksNamedTerm(r))).ToList();
                    var gate = LogisticGate.Fit([.. training.Select(r => r.Features)], [.. training.Select(r => r.Right)], target, mask);
                    figures.Add(GateFigures.Of(lines, row => !(hardNamedTerm && LacksNamedTerm(row)) && gate.Answers(row.Features)));
                }

                Console.WriteLine(Row(string.Create(CultureInfo.InvariantCulture, $"logistic, {name}, {target:P0}"), figures));
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Leave one part out in detail, all features, {TargetPrecision:P0} (the setting measured once on the held-out parts, docs/benchmarks.md):");
        Console.WriteLine("| part | rule: precision | rule: coverage | rule: off-topic declined | rule: not covered declined | logistic: precision | logistic: coverage | logistic: off-topic declined | logistic: not covered declined |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var (part, lines) in parts)
        {
            var training = rows.Where(r => r.Part != part).ToList();
            var gate = LogisticGate.Fit([.. training.Select(r => r.Features)], [.. training.Select(r => r.Right)], TargetPrecision);
            Console.WriteLine($"| {part} | {GateFigures.Of(lines, row => row.RuleAnswers).Cells()} | {GateFigures.Of(lines, row => gate.Answers(row.Features)).Cells()} |");
        }

        var final = LogisticGate.Fit([.. rows.Select(r => r.Features)], [.. rows.Select(r => r.Right)], TargetPrecision);
        Console.WriteLine();
        Console.WriteLine($"Fitted on all five parts ({rows.Count} rows), threshold for {TargetPrecision:P0} precision:");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    private const double Intercept = {final.Intercept:R};"));
        for (var j = 0; j < GateRow.FeatureNames.Length; j++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    private const double {GateRow.FeatureNames[j]}Weight = {final.Weights[j]:R};"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    private const double FittedThreshold = {final.Threshold:R};"));
        foreach (var (part, lines) in parts)
        {
            Console.WriteLine($"| {part} (in sample) | {GateFigures.Of(lines, row => row.RuleAnswers).Cells()} | {GateFigures.Of(lines, row => final.Answers(row.Features)).Cells()} |");
        }
    }

    private static bool LacksNamedTerm(GateRow row) => row.Features[Array.IndexOf(GateRow.FeatureNames, "LacksNamedTerm")] > 0;

    private static string Row(string gate, IReadOnlyList<GateFigures> parts)
    {
        var total = parts.Aggregate(new GateFigures(), (sum, f) => sum.Add(f));
        return $"| {gate} | {string.Join(" | ", parts.Append(total).Select(f => f.Short()))} | {total.OffTopicDeclined}/{total.OffTopic} | {total.NotCoveredDeclined}/{total.NotCovered} |";
    }
}
