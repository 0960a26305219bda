using System.Globalization;

namespace BranchBot.KnowledgeBench;

/// <summary>What one answer gate does with the lines of a part: lines without a <see cref="GateRow"/> are declined by any gate.</summary>
internal sealed record GateFigures(int InScope = 0, int Answered = 0, int Right = 0, int OffTopic = 0, int OffTopicDeclined = 0, int NotCovered = 0, int NotCoveredDeclined = 0)
{
    public double Precision => Answered == 0 ? 1 : (double)Right / Answered;

    /// <summary>Wrong answers of every kind: a wrong entry for an in-scope line, an answer to a not-covered or off-topic line.</summary>
    public int Wrong => Answered - Right + (NotCovered - NotCoveredDeclined) + (OffTopic - OffTopicDeclined);

    public static GateFigures Of(IEnumerable<(EvaluationCase Case, GateRow? Row)> lines, Func<GateRow, bool> answers)
    {
        var f = new GateFigures();
        foreach (var (c, row) in lines)
        {
            var answered = row is not null && answers(row);
            f = c.IsInScope ? f with { InScope = f.InScope + 1, Answered = f.Answered + (answered ? 1 : 0), Right = f.Right + (answered && row!.Right ? 1 : 0) }
                : c.Expected == EvaluationCase.NotCovered ? f with { NotCovered = f.NotCovered + 1, NotCoveredDeclined = f.NotCoveredDeclined + (answered ? 0 : 1) }
                : f with { OffTopic = f.OffTopic + 1, OffTopicDeclined = f.OffTopicDeclined + (answered ? 0 : 1) };
        }

        return f;
    }

    public GateFigures Add(GateFigures o) => new(InScope + o.InScope, Answered + o.Answered, Right + o.Right, OffTopic + o.OffTopic, OffTopicDeclined + o.OffTopicDeclined, NotCovered + o.NotCovered, NotCoveredDeclined + o.NotCoveredDeclined);

    public string Short() => string.Create(CultureInfo.InvariantCulture, $"{Right}/{Answered} = {100.0 * Right / Math.Max(1, Answered):F1}%, cov. {100.0 * Right / Math.Max(1, InScope):F1}%");

    public string Cells() => $"{Percent(Right, Answered)} | {Percent(Right, InScope)} | {Percent(OffTopicDeclined, OffTopic)} | {Percent(NotCoveredDeclined, NotCovered)}";

    private static string Percent(int count, int total) => total == 0 ? "—" : string.Create(CultureInfo.InvariantCulture, $"{count}/{total} = {100.0 * count / total:F1}%");
}
