using BranchBot.Core.Knowledge;

namespace BranchBot.KnowledgeBench;

/// <summary>
/// Two two-part settings side by side (issue 12, helper-al): every tuning line whose answer changes, with the
/// entries answered before and after and whether each is right by the label, per half, for reading the added halves.
/// </summary>
internal static class TwoPartVariants
{
    public static void Run(BenchData data, KnowledgeTwoParts baseline, KnowledgeTwoParts variant)
    {
        var before = new KnowledgeIndex(data.Entries, null, KnowledgeTokenizer.Terms, null, baseline);
        var after = new KnowledgeIndex(data.Entries, null, KnowledgeTokenizer.Terms, null, variant);
        var counts = new Dictionary<bool, int[]> { [true] = new int[2], [false] = new int[2] };
        foreach (var part in data.Tuning)
        {
            foreach (var c in part.Cases)
            {
                var was = before.Search(c.Question);
                var now = after.Search(c.Question);
                if (was.Answers.Select(e => e.Question).SequenceEqual(now.Answers.Select(e => e.Question)))
                {
                    continue;
                }

                var tune = GateDeclines.TuneHalf.Contains(part.Name);
                var (r0, r1) = (TuningRuns.Right(c, was), TuningRuns.Right(c, now));
                counts[tune][0] += !r0 && r1 ? 1 : 0;
                counts[tune][1] += r0 && !r1 ? 1 : 0;
                Console.WriteLine($"{part.Name}\t[{string.Join(" / ", KnowledgeQuestionSplitter.Split(c.Question))}]\t{(r0 ? "right" : "not right")} -> {(r1 ? "right" : "not right")}\t{c.Question}\t{c.Expected}\t{string.Join(" + ", was.Answers.Select(e => e.Question))}\t=> {string.Join(" + ", now.Answers.Select(e => e.Question))}");
            }
        }

        Console.WriteLine($"tune half: +{counts[true][0]} right, -{counts[true][1]}; confirm half: +{counts[false][0]} right, -{counts[false][1]}");
    }
}
