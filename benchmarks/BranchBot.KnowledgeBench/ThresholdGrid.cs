using System.Globalization;
using BranchBot.Core.Knowledge;

namespace BranchBot.KnowledgeBench;

/// <summary>
/// Tunes <see cref="KnowledgeThresholds"/> on the tuning parts only: every question is searched once, then each
/// combination of thresholds is judged the way the index judges (<see cref="KnowledgeThresholds.Clear"/>). Prints the
/// combinations that keep precision at least 95% and off-topic declines at least 90% on each part, with each part's
/// figures, most correct answers first.
/// </summary>
internal static class ThresholdGrid
{
    private static readonly double[] Answers = [0.20, 0.25, 0.30, 0.35, 0.40];
    private static readonly double[] Margins = [0, 0.05, 0.10, 0.15, 0.20, 0.25, 0.30];
    private static readonly double[] TopicSupports = [0.15, 0.25];
    private static readonly double[] TopicCoverages = [0, 0.5, 0.6, 0.7, 0.8];
    private static readonly double[] OtherIntents = [0.25, 0.5, 9];
    private static readonly double[] CloseMatches = [0.5, 0.6, 0.8, double.MaxValue];

    public static void Run(BenchData data)
    {
        var index = new KnowledgeIndex(data.Entries, new KnowledgeThresholds(0, 0) { TopicSupport = 0, AnswerDespiteOtherIntent = 0 });
        var parts = data.Tuning.Select(part => (part.Name, Runs: part.Cases.Select(c => (Case: c, Result: index.Search(c.Question))).ToList())).ToList();
        var rows = new List<(int Correct, int NotCovered, string Text)>();
        var near = new List<(double Precision, int Correct, string Text)>();
        var combinations =
            from answer in Answers
            from margin in Margins
            from topic in TopicSupports
            from topicCoverage in TopicCoverages
            from other in OtherIntents
            from close in CloseMatches
            select new KnowledgeThresholds(answer, margin)
            {
                TopicSupport = topic,
                TopicCoverage = topicCoverage,
                AnswerDespiteOtherIntent = other,
                CloseMatch = close,
                CloseMatchMargin = 0.05,
            };
        foreach (var thresholds in combinations)
        {
            var figures = parts.Select(part => Measure(part.Name, part.Runs, thresholds)).ToList();
            var text = string.Create(CultureInfo.InvariantCulture,
                $"answer {thresholds.Answer:F2} margin {thresholds.Margin:F2} topic {thresholds.TopicSupport:F2} topic-coverage {thresholds.TopicCoverage:F2} other-intent {thresholds.AnswerDespiteOtherIntent:F2} close {(thresholds.CloseMatch == double.MaxValue ? "off" : thresholds.CloseMatch.ToString("F2", CultureInfo.InvariantCulture))}: {string.Join("; ", figures.Select(f => f.Text))}");
            if (figures.All(f => f.Acceptable))
            {
                rows.Add((figures.Sum(f => f.Correct), figures.Sum(f => f.NotCoveredUnanswered), text));
            }

            near.Add((figures.Min(f => f.Precision), figures.Sum(f => f.Correct), text));
        }

        foreach (var row in rows.OrderByDescending(r => r.Correct).ThenByDescending(r => r.NotCovered).Take(25))
        {
            Console.WriteLine(row.Text);
        }

        if (rows.Count == 0)
        {
            Console.WriteLine("No combination reaches 95% precision on every part; the most precise (lowest part first):");
            foreach (var row in near.OrderByDescending(r => Math.Round(r.Precision, 2)).ThenByDescending(r => r.Correct).Take(25))
            {
                Console.WriteLine(row.Text);
            }
        }
    }

    /// <summary>One tuning part under one combination: acceptable when precision is at least 95% and off-topic declines at least 90%.</summary>
    private static (bool Acceptable, double Precision, int Correct, int NotCoveredUnanswered, string Text) Measure(
        string name, List<(EvaluationCase Case, KnowledgeSearchResult Result)> runs, KnowledgeThresholds thresholds)
    {
        bool Answers(KnowledgeSearchResult r) => r.Verdict != KnowledgeVerdict.OutOfScope && Clear(r, thresholds);
        var inScope = runs.Where(r => r.Case.IsInScope).ToList();
        var answered = inScope.Count(r => Answers(r.Result));
        var correct = inScope.Count(r => Answers(r.Result) && r.Result.Best!.Entry.Question == r.Case.Expected);
        var offTopic = runs.Where(r => r.Case.Expected == EvaluationCase.OutOfScope).ToList();
        var notCovered = runs.Where(r => r.Case.Expected == EvaluationCase.NotCovered).ToList();
        var declined = offTopic.Count(r => !Answers(r.Result));
        var unanswered = notCovered.Count(r => !Answers(r.Result));
        var acceptable = answered > 0 && correct >= Accuracy.PrecisionTarget * answered && declined >= 0.9 * offTopic.Count;
        return (acceptable, answered == 0 ? 1 : (double)correct / answered, correct, unanswered, string.Create(CultureInfo.InvariantCulture,
            $"{name} correct {correct}/{inScope.Count}, precision {correct}/{answered}, off-topic {declined}/{offTopic.Count}, not covered {unanswered}/{notCovered.Count}"));
    }

    private static bool Clear(KnowledgeSearchResult result, KnowledgeThresholds thresholds) =>
        result.Best is { } best && thresholds.Clear(best);
}
