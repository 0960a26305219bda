using System.Globalization;
using BranchBot.Core.Knowledge;
using Xunit.Abstractions;

namespace BranchBot.Tests.Knowledge;

/// <summary>The whole evaluation set through the real index built from the repository's knowledge files.</summary>
public class KnowledgeEvaluationTests(ITestOutputHelper output)
{
    private const string OutOfScope = "out-of-scope";

    [Fact]
    public void At_least_90_percent_of_in_scope_questions_are_answered_with_the_expected_entry_and_90_percent_of_out_of_scope_ones_declined()
    {
        var index = new KnowledgeIndex(KnowledgeFiles.AllEntries());
        var cases = EvaluationCases();
        var inScope = cases.Where(c => c.Expected != OutOfScope).ToList();
        var outOfScope = cases.Where(c => c.Expected == OutOfScope).ToList();
        Assert.True(inScope.Count >= 150 && outOfScope.Count >= 30, $"评测集只有{inScope.Count}条范围内、{outOfScope.Count}条范围外的问题");
        Assert.All(inScope, c => Assert.Contains(index.Entries, e => e.Question == c.Expected));

        var misses = new List<string>();
        var correct = 0;
        foreach (var (question, expected) in inScope)
        {
            var result = index.Search(question);
            if (result.Answer?.Question == expected)
            {
                correct++;
            }
            else
            {
                misses.Add($"MISS {question} → {Describe(result)}；应为 {expected}");
            }
        }

        var declined = 0;
        foreach (var (question, _) in outOfScope)
        {
            var result = index.Search(question);
            if (result.Verdict != KnowledgeVerdict.Answered)
            {
                declined++;
            }
            else
            {
                misses.Add($"ANSWERED {question} → {Describe(result)}");
            }
        }

        var accuracy = (double)correct / inScope.Count;
        var declineRate = (double)declined / outOfScope.Count;
        output.WriteLine($"top-1 answered correctly: {correct}/{inScope.Count} = {accuracy:P1}; out-of-scope declined: {declined}/{outOfScope.Count} = {declineRate:P1}");
        misses.ForEach(output.WriteLine);

        Assert.True(accuracy >= 0.9, $"top-1 正确率 {accuracy:P1}");
        Assert.True(declineRate >= 0.9, $"范围外拒答率 {declineRate:P1}");
    }

    private static string Describe(KnowledgeSearchResult result) =>
        result.Best is { } best
            ? string.Create(CultureInfo.InvariantCulture, $"{result.Verdict} {best.Entry.Question} (score {best.Score:F2}, coverage {best.Coverage:F2})")
            : result.Verdict.ToString();

    private static List<(string Question, string Expected)> EvaluationCases() =>
    [
        .. File.ReadLines(KnowledgeFiles.EvaluationFile)
            .Where(line => line.Length > 0 && !line.StartsWith('#') && line != "question\texpected")
            .Select(line => line.Split('\t'))
            .Select(parts => (parts[0].Trim(), parts[1].Trim())),
    ];
}
