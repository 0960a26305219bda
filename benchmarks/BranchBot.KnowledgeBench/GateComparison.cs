using System.Globalization;
using BranchBot.Core.Knowledge;

namespace BranchBot.KnowledgeBench;

/// <summary>
/// Answer gates side by side on one part that no gate was fitted or tuned on (issue 12: a gate must be calibrated on
/// questions nobody wrote phrasings for): the product's rule gate (<see cref="KnowledgeThresholds.Default"/>), the rule
/// gate with an intent disagreement as a decline, and <see cref="LogisticGate"/>s fitted on every other tuning part, with
/// all features or only the match's own figures, thresholds for 97%, 98% and 99% precision on the rows they were fitted
/// on, alone or with a lacking named term or an intent disagreement as a hard decline. Then the one variant the rule of
/// the experiment picks from this part's figures alone: at least as precise as the rule gate, no more off-topic lines
/// answered, and more right answers (the most); failing that, the most precise one that is clearly more precise (by two
/// points) and loses at most three right answers. For a fitted variant, its coefficients as a product gate would hold them.
/// </summary>
internal static class GateComparison
{
    public const string DefaultPart = "writer5";

    private static readonly double[] Targets = [0.97, 0.98, 0.99];

    public static void Run(BenchData data, string partName)
    {
        if (data.Tuning.All(p => p.Name != partName))
        {
            Console.WriteLine($"No part named {partName}; the parts are {string.Join(", ", data.Tuning.Select(p => p.Name))}.");
            return;
        }

        var index = new KnowledgeIndex(data.Entries);
        var best = new Dictionary<GateRow, KnowledgeMatch>(ReferenceEqualityComparer.Instance);
        var parts = data.Tuning.Select(part => (part.Name, Lines: part.Cases.Select(c =>
        {
            var result = index.Search(c.Question);
            var row = GateRow.From(part.Name, c, result);
            if (row is not null)
            {
                best[row] = result.Best!;
            }

            return (Case: c, Row: row);
        }).ToList())).ToList();
        var lines = parts.Single(p => p.Name == partName).Lines;
        var training = parts.Where(p => p.Name != partName).SelectMany(p => p.Lines).Select(l => l.Row).OfType<GateRow>().ToList();
        Console.WriteLine($"{partName}: {lines.Count} lines, {lines.Count(l => l.Row is not null)} reach a gate; fitted gates are fitted on the {training.Count} rows of {string.Join(", ", parts.Where(p => p.Name != partName).Select(p => p.Name))}");

        var strictIntent = KnowledgeThresholds.Default with { AnswerDespiteOtherIntent = double.MaxValue };
        var variants = new List<(string Name, GateFigures Figures, LogisticGate? Gate)>
        {
            ("rule gate (KnowledgeThresholds.Default)", GateFigures.Of(lines, row => row.RuleAnswers), null),
            ("rule gate, an intent disagreement declines", GateFigures.Of(lines, row => strictIntent.Clear(best[row])), null),
        };
        var all = GateRow.FeatureNames.Select(_ => true).ToArray();
        var matchOnly = GateRow.FeatureNames.Select(n => n is not ("ScoreLead" or "QuestionTerms")).ToArray();
        foreach (var (features, mask) in new[] { ("all features", all), ("the match's own figures", matchOnly) })
        {
            foreach (var (hard, declines) in new (string, Func<GateRow, bool>)[] { ("", _ => false), (", a lacking named term declines", LacksNamedTerm), (", an intent disagreement declines", IntentDiffers) })
            {
                foreach (var target in Targets)
                {
                    var fitted = training.Where(r => !declines(r)).ToList();
                    var gate = LogisticGate.Fit([.. fitted.Select(r => r.Features)], [.. fitted.Select(r => r.Right)], target, mask);
                    var name = string.Create(CultureInfo.InvariantCulture, $"logistic, {features}, {target:P0}{hard}");
                    variants.Add((name, GateFigures.Of(lines, row => !declines(row) && gate.Answers(row.Features)), gate));
                }
            }
        }

        var rule = variants[0].Figures;
        Console.WriteLine();
        Console.WriteLine($"| gate, on {partName} | precision | coverage | off-topic declined | not covered declined | right vs rule | wrong vs rule (all kinds) |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var (name, figures, _) in variants)
        {
            Console.WriteLine($"| {name} | {figures.Cells()} | {figures.Right - rule.Right:+0;-0;0} | {figures.Wrong - rule.Wrong:+0;-0;0} |");
        }

        var chosen = variants.Skip(1)
                .Where(v => v.Figures.Precision >= rule.Precision && v.Figures.OffTopicDeclined >= rule.OffTopicDeclined && v.Figures.Right > rule.Right)
                .OrderByDescending(v => v.Figures.Right).ThenByDescending(v => v.Figures.Precision).ThenBy(v => v.Figures.Wrong)
                .Select(v => (v.Name, v.Figures, v.Gate, Why: "as precise as the rule gate or more, more right answers"))
                .FirstOrDefault();
        if (chosen.Name is null)
        {
            chosen = variants.Skip(1)
                .Where(v => v.Figures.Precision >= rule.Precision + 0.02 && v.Figures.Right >= rule.Right - 3 && v.Figures.OffTopicDeclined >= rule.OffTopicDeclined)
                .OrderByDescending(v => v.Figures.Precision).ThenByDescending(v => v.Figures.Right)
                .Select(v => (v.Name, v.Figures, v.Gate, Why: "clearly more precise at a small coverage cost"))
                .FirstOrDefault();
        }

        Console.WriteLine();
        if (chosen.Name is null)
        {
            Console.WriteLine($"No variant is chosen on {partName}: none is as precise as the rule gate with more right answers, or clearly more precise at a small cost.");
            return;
        }

        Console.WriteLine($"Chosen on {partName}: {chosen.Name} ({chosen.Why}): {chosen.Figures.Cells()}");
        if (chosen.Gate is { } chosenGate)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    private const double Intercept = {chosenGate.Intercept:R};"));
            for (var j = 0; j < GateRow.FeatureNames.Length; j++)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    private const double {GateRow.FeatureNames[j]}Weight = {chosenGate.Weights[j]:R};"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    private const double FittedThreshold = {chosenGate.Threshold:R};"));
        }
    }

    private static bool LacksNamedTerm(GateRow row) => row.Features[Array.IndexOf(GateRow.FeatureNames, "LacksNamedTerm")] > 0;

    private static bool IntentDiffers(GateRow row) => row.Features[Array.IndexOf(GateRow.FeatureNames, "IntentDiffers")] > 0;
}
