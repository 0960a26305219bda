namespace BranchBot.Core.Knowledge;

/// <summary>
/// Chinese without a segmenter: every character is a unit (a run of digits or Latin letters counts as one),
/// and the terms are the units and the pairs of neighbouring units; a number followed by 多 (5000多) is no amount of its own.
/// </summary>
internal static class KnowledgeTokenizer
{
    public const char PairSeparator = '\u0001';

    public static IReadOnlyList<string> Terms(string normalized)
    {
        var units = Units(normalized);
        var terms = new List<string>(units.Count * 2);

        // "5000多" is more than 5000: the number alone would single out the entry for exactly 5000.
        terms.AddRange(units.Where((unit, i) => !(char.IsAsciiDigit(unit[0]) && i + 1 < units.Count && units[i + 1] == "多")));
        for (var i = 0; i + 1 < units.Count; i++)
        {
            terms.Add(units[i] + PairSeparator + units[i + 1]);
        }

        return terms;
    }

    public static bool IsPair(string term) => term.Contains(PairSeparator, StringComparison.Ordinal);

    private static List<string> Units(string text)
    {
        var units = new List<string>(text.Length);
        var index = 0;
        while (index < text.Length)
        {
            var end = index + 1;
            if (char.IsAsciiLetterOrDigit(text[index]))
            {
                var digits = char.IsAsciiDigit(text[index]);
                while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]) && char.IsAsciiDigit(text[end]) == digits)
                {
                    end++;
                }
            }

            units.Add(text[index..end]);
            index = end;
        }

        return units;
    }
}
