using BranchBot.Core.Knowledge;

namespace BranchBot.KnowledgeBench;

/// <summary>
/// The tuning lines asking two things (issue 12, helper-al): how many there are per part, what the search does with them
/// (right, wrong, declined as the evaluation counts them: right when the label is one of the entries answered), and for
/// each one not right, what each half searched alone is sure of and where the label ranks for it.
/// </summary>
internal static class TwoPartLines
{
    public static void Run(BenchData data)
    {
        var index = new KnowledgeIndex(data.Entries);
        var lines = new List<string>();
        Console.WriteLine("part\tlines\ttwo-part in scope\tright\twrong\tdeclined\tlabel sure for a half, not answered");
        foreach (var part in data.Tuning)
        {
            var (count, right, wrong, declined, halfSure) = (0, 0, 0, 0, 0);
            foreach (var c in part.Cases.Where(c => c.IsInScope))
            {
                var asks = KnowledgeQuestionSplitter.Split(c.Question);
                if (asks.Count != 2)
                {
                    continue;
                }

                count++;
                var result = index.Search(c.Question);
                var ok = TuningRuns.Right(c, result);
                var answered = result.Verdict == KnowledgeVerdict.Answered;
                right += ok ? 1 : 0;
                wrong += !ok && answered ? 1 : 0;
                declined += answered ? 0 : 1;
                if (ok)
                {
                    continue;
                }

                var halves = asks.Select(a => index.Search(a)).ToList();
                var labelSure = halves.Any(h => h.Verdict == KnowledgeVerdict.Answered && h.Best!.Entry.Question == c.Expected);
                halfSure += labelSure ? 1 : 0;
                lines.Add($"{part.Name}\t{(answered ? "WRONG" : "declined")}\t{c.Question}\t{c.Expected}\tanswers: {string.Join(" + ", result.Answers.Select(e => e.Question))}\t"
                    + string.Join("\t", halves.Select((h, i) => $"half {i + 1} «{asks[i]}»: {h.Verdict} {h.Best?.Entry.Question ?? "-"} (label rank {h.Matches.ToList().FindIndex(m => m.Entry.Question == c.Expected) + 1})")));
            }

            Console.WriteLine($"{part.Name}\t{part.Cases.Count}\t{count}\t{right}\t{wrong}\t{declined}\t{halfSure}");
        }

        lines.ForEach(Console.WriteLine);
    }
}
