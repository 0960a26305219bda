using BranchBot.Core.Knowledge;

namespace BranchBot.KnowledgeBench;

/// <summary>
/// The member words the right entry does not hold (issue 12, helper-al): for every in-scope tuning line the gate declines
/// while its label ranks first or second, the runs of the normalized question whose neighbouring pairs appear nowhere in
/// the label's phrasings or answer. Printed line by line (part, rank, gap words, question, label), then every gap word with
/// the lines of each half it occurs in, for reading which member word stands for which regulation word.
/// </summary>
internal static class VocabularyGap
{
    public static void Run(BenchData data)
    {
        var index = new KnowledgeIndex(data.Entries);
        var texts = data.Entries.ToDictionary(
            e => e.Question,
            e => KnowledgeTextNormalizer.Normalize(string.Join('|', e.AlternativeQuestions.Prepend(e.Question))) + '|' + KnowledgeTextNormalizer.Normalize(e.Answer));
        var words = new Dictionary<string, (int Tune, int Confirm)>(StringComparer.Ordinal);
        foreach (var part in data.Tuning)
        {
            var tune = GateDeclines.TuneHalf.Contains(part.Name);
            foreach (var c in part.Cases.Where(c => c.IsInScope))
            {
                var result = index.Search(c.Question);
                if (result.Verdict == KnowledgeVerdict.Answered || !texts.TryGetValue(c.Expected, out var text))
                {
                    continue;
                }

                var rank = result.Matches.ToList().FindIndex(m => m.Entry.Question == c.Expected) + 1;
                if (rank is < 1 or > 2)
                {
                    continue;
                }

                var gaps = Gaps(KnowledgeTextNormalizer.Normalize(c.Question), text);
                Console.WriteLine($"{part.Name}\t{(tune ? "tune" : "confirm")}\t{rank}\t{string.Join(' ', gaps)}\t{c.Question}\t{c.Expected}");
                foreach (var gap in gaps.Distinct())
                {
                    var (t, k) = words.GetValueOrDefault(gap);
                    words[gap] = tune ? (t + 1, k) : (t, k + 1);
                }
            }
        }

        Console.WriteLine("gap word\ttune lines\tconfirm lines");
        foreach (var (word, (t, k)) in words.OrderByDescending(w => w.Value.Tune + w.Value.Confirm).ThenBy(w => w.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"{word}\t{t}\t{k}");
        }
    }

    /// <summary>The maximal runs of the question whose every neighbouring pair is missing from the entry's text.</summary>
    internal static List<string> Gaps(string question, string entryText)
    {
        var gaps = new List<string>();
        var start = -1;
        for (var i = 0; i + 1 < question.Length; i++)
        {
            var missing = !entryText.Contains(question.AsSpan(i, 2), StringComparison.Ordinal);
            if (missing && start < 0)
            {
                start = i;
            }
            else if (!missing && start >= 0)
            {
                gaps.Add(question[start..(i + 1)]);
                start = -1;
            }
        }

        if (start >= 0)
        {
            gaps.Add(question[start..]);
        }

        return gaps;
    }
}
