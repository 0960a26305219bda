using System.Globalization;
using BranchBot.Core.Knowledge;

namespace BranchBot.Tests.Knowledge.Evaluation;

/// <summary>
/// One part of the evaluation set run through an index. In scope: ranked (the expected entry first, answered or not),
/// correct (answered with it; a question asking two things, answered part by part, is correct when it is one of the two),
/// answered (with any entry); precision is correct among answered, coverage correct among
/// all in-scope questions. Out of scope and not covered: how many were not answered.
/// </summary>
internal sealed record EvaluationReport(
    int InScope, int Ranked, int Answered, int Correct, int OutOfScope, int OutDeclined, int NotCovered, int NotCoveredUnanswered, IReadOnlyList<string> Misses)
{
    public double Precision => Answered == 0 ? 1 : (double)Correct / Answered;

    public double Coverage => InScope == 0 ? 0 : (double)Correct / InScope;

    public double DeclineRate => OutOfScope == 0 ? 1 : (double)OutDeclined / OutOfScope;

    public double NotCoveredRate => NotCovered == 0 ? 1 : (double)NotCoveredUnanswered / NotCovered;

    public static EvaluationReport Run(KnowledgeIndex index, IReadOnlyList<EvaluationQuestion> cases)
    {
        int inScope = 0, ranked = 0, answered = 0, correct = 0, outOfScope = 0, outDeclined = 0, notCovered = 0, notCoveredUnanswered = 0;
        var misses = new List<string>();
        foreach (var c in cases)
        {
            var result = index.Search(c.Question);
            if (c.IsInScope)
            {
                inScope++;
                ranked += result.Best?.Entry.Question == c.ExpectedQuestion ? 1 : 0;
                answered += result.Answer is null ? 0 : 1;
                if (result.Answers.Any(e => e.Question == c.ExpectedQuestion))
                {
                    correct++;
                }
                else
                {
                    misses.Add($"{(result.Answer is null ? "DECLINED" : "WRONG")} {c.Question} → {Describe(result)}；应为 {c.ExpectedQuestion}");
                }
            }
            else if (c.IsNotCovered)
            {
                notCovered++;
                notCoveredUnanswered += Unanswered(result, "ANSWERED NOT COVERED", c, misses);
            }
            else
            {
                outOfScope++;
                outDeclined += Unanswered(result, "ANSWERED OUT OF SCOPE", c, misses);
            }
        }

        return new EvaluationReport(inScope, ranked, answered, correct, outOfScope, outDeclined, notCovered, notCoveredUnanswered, misses);
    }

    public string Summary(string part) => string.Create(
        CultureInfo.InvariantCulture,
        $"{part}: in-scope top-1 {Ranked}/{InScope}; precision {Correct}/{Answered} = {Precision:P1}; coverage {Correct}/{InScope} = {Coverage:P1}; " +
        $"off-topic declined {OutDeclined}/{OutOfScope} = {DeclineRate:P1}; not covered, not answered {NotCoveredUnanswered}/{NotCovered} = {NotCoveredRate:P1}");

    private static int Unanswered(KnowledgeSearchResult result, string label, EvaluationQuestion c, List<string> misses)
    {
        if (result.Verdict != KnowledgeVerdict.Answered)
        {
            return 1;
        }

        misses.Add($"{label} {c.Question} → {Describe(result)}");
        return 0;
    }

    private static string Describe(KnowledgeSearchResult result) =>
        result.Best is { } best
            ? string.Create(CultureInfo.InvariantCulture, $"{result.Verdict} {best.Entry.Question} (relevance {best.Relevance:F2}, topic {best.TopicCoverage:F2})")
            : result.Verdict.ToString();
}
