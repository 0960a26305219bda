using System.Globalization;
using BranchBot.Core.Knowledge;

namespace BranchBot.KnowledgeBench;

/// <summary>
/// What the untouched rows say beyond the four variants of <see cref="UntouchedGateFit"/>: the pooled leave-one-part-out
/// figures at every threshold target (the frontier a fitted gate can reach), which rule of the rule gate answers and
/// how often rightly, and what the fitted gate removes when it vetoes one rule's answers only.
/// </summary>
internal static class UntouchedGateDiagnostics
{
    /// <summary>How many entries are ranked to find where a line's label entry stands.</summary>
    public const int RankDepth = 10;

    /// <summary>
    /// For in-scope rows whose best entry is not the label: where the label entry ranks (2, 3, 4–10, not in the first
    /// <see cref="RankDepth"/>), for those the rule gate answers (its wrong answers) and those it declines.
    /// </summary>
    public static void LabelRanks(IReadOnlyList<GateRow> rows, IReadOnlyDictionary<GateRow, int> ranks)
    {
        Console.WriteLine();
        Console.WriteLine($"| in scope, another entry first | rows | label 2nd | label 3rd | label 4th–{RankDepth}th | label not in the first {RankDepth} |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var (name, answered) in new[] { ("answered by the rule gate (wrong answers)", true), ("declined by the rule gate", false) })
        {
            var group = rows.Where(r => r.Case.IsInScope && !r.Right && r.RuleAnswers == answered).Select(r => ranks[r]).ToList();
            Console.WriteLine($"| {name} | {group.Count} | {group.Count(k => k == 2)} | {group.Count(k => k == 3)} | {group.Count(k => k >= 4)} | {group.Count(k => k == 0)} |");
        }
    }

    /// <summary>
    /// Leave one part out at every threshold target from 90% to 99%: the fitted gate alone, rule AND fitted, rule OR
    /// fitted, pooled; shows whether any threshold buys precision or answers more cheaply than the four variants.
    /// </summary>
    public static void Frontier(IReadOnlyList<(string Name, List<(EvaluationCase Case, GateRow? Row)> Lines)> parts, IReadOnlyList<GateRow> rows, bool[] mask)
    {
        double[] targets = [0.90, 0.91, 0.92, 0.93, 0.94, 0.95, 0.96, 0.97, 0.98, 0.99];
        var combinations = new (string Name, Func<bool, bool, bool> Combine)[] { ("fitted alone", (_, fitted) => fitted), ("rule AND fitted", (rule, fitted) => rule && fitted), ("rule OR fitted", (rule, fitted) => rule || fitted) };
        var sums = new GateFigures[targets.Length, combinations.Length];
        for (var t = 0; t < targets.Length; t++)
        {
            for (var k = 0; k < combinations.Length; k++)
            {
                sums[t, k] = new GateFigures();
            }
        }

        foreach (var (part, lines) in parts)
        {
            var training = rows.Where(r => r.Part != part).ToList();
            var xs = training.Select(r => r.Features).ToList();
            var ys = training.Select(r => r.Right).ToList();
            var fitted = LogisticGate.Fit(xs, ys, UntouchedGateFit.TargetPrecision, mask);
            for (var t = 0; t < targets.Length; t++)
            {
                var gate = fitted.At(targets[t], xs, ys);
                for (var k = 0; k < combinations.Length; k++)
                {
                    var combine = combinations[k].Combine;
                    sums[t, k] = sums[t, k].Add(GateFigures.Of(lines, row => combine(row.RuleAnswers, gate.Answers(row.Features))));
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine("Leave one part out, pooled, by the precision the threshold is set for on the other parts (right/answered, coverage; wrong of all kinds):");
        Console.WriteLine($"| target | {string.Join(" | ", combinations.Select(c => c.Name))} |");
        Console.WriteLine($"|---|{string.Join("", combinations.Select(_ => "---|"))}");
        for (var t = 0; t < targets.Length; t++)
        {
            var cells = Enumerable.Range(0, combinations.Length).Select(k => $"{sums[t, k].Short()}; wrong {sums[t, k].Wrong}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {targets[t]:P0} | {string.Join(" | ", cells)} |"));
        }
    }

    /// <summary>Which rule of the rule gate answers the untouched rows, and how often rightly.</summary>
    public static void RuleBreakdown(IReadOnlyList<GateRow> rows, IReadOnlyDictionary<GateRow, KnowledgeGateRule> rules)
    {
        Console.WriteLine();
        Console.WriteLine("| rule that answers (untouched rows) | answered | right | wrong entry | not covered answered | off-topic answered |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var group in rows.Where(r => r.RuleAnswers).GroupBy(r => rules[r]).OrderBy(g => g.Key))
        {
            var right = group.Count(r => r.Right);
            var wrongEntry = group.Count(r => r.Case.IsInScope && !r.Right);
            var notCovered = group.Count(r => r.Case.Expected == EvaluationCase.NotCovered);
            Console.WriteLine($"| {group.Key} | {group.Count()} | {right} | {wrongEntry} | {notCovered} | {group.Count() - right - wrongEntry - notCovered} |");
        }

        var declinedRight = rows.Count(r => r.Right && !r.RuleAnswers);
        Console.WriteLine($"Right entry first but declined by the rule gate: {declinedRight}; in scope with another entry first: {rows.Count(r => r.Case.IsInScope && !r.Right)}");
    }

    /// <summary>
    /// Leave one part out, the fitted gate as a veto on the answers of one rule of the rule gate only: how many right and
    /// wrong answers (all kinds) it removes, pooled, per threshold target.
    /// </summary>
    public static void VetoByRule(IReadOnlyList<(string Name, List<(EvaluationCase Case, GateRow? Row)> Lines)> parts, IReadOnlyList<GateRow> rows, IReadOnlyDictionary<GateRow, KnowledgeGateRule> rules, bool[] mask)
    {
        double[] targets = [0.90, 0.93, 0.95];
        var removed = new Dictionary<(KnowledgeGateRule, double), (int Right, int Wrong)>();
        foreach (var (part, lines) in parts)
        {
            var training = rows.Where(r => r.Part != part).ToList();
            var xs = training.Select(r => r.Features).ToList();
            var ys = training.Select(r => r.Right).ToList();
            var fitted = LogisticGate.Fit(xs, ys, UntouchedGateFit.TargetPrecision, mask);
            foreach (var target in targets)
            {
                var gate = fitted.At(target, xs, ys);
                foreach (var row in lines.Select(l => l.Row).OfType<GateRow>().Where(r => r.RuleAnswers && !gate.Answers(r.Features)))
                {
                    var key = (rules[row], target);
                    var (right, wrong) = removed.GetValueOrDefault(key);
                    removed[key] = row.Right ? (right + 1, wrong) : (right, wrong + 1);
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine($"| rule vetoed by the fitted gate | {string.Join(" | ", targets.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t:P0}: right lost / wrong removed")))} |");
        Console.WriteLine($"|---|{string.Join("", targets.Select(_ => "---|"))}");
        foreach (var rule in Enum.GetValues<KnowledgeGateRule>().Where(r => r != KnowledgeGateRule.None))
        {
            Console.WriteLine($"| {rule} | {string.Join(" | ", targets.Select(t => removed.GetValueOrDefault((rule, t)) is var (right, wrong) ? $"{right} / {wrong}" : ""))} |");
        }
    }
}
