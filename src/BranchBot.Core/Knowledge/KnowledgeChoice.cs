namespace BranchBot.Core.Knowledge;

/// <summary>
/// A question offering two alternatives: "是支部批还是党委批", "按基本工资算或者全部工资算", "开除党籍和开除公职是一回事",
/// "警告跟撤职比哪个更重". An answer must speak to both sides; an entry naming one side only answers half of it
/// ("处分是支部定还是上面定" is not answered by 停止党籍由谁决定). Works on normalised text
/// (<see cref="KnowledgeTextNormalizer"/>: 一 is 1, particles dropped).
/// </summary>
internal static class KnowledgeChoice
{
    /// <summary>Words joining the two sides of an either-or question.</summary>
    private static readonly string[] Either = ["还是", "或者", "或是"];

    /// <summary>Words joining two things the question compares, before a cue asking how they compare.</summary>
    private static readonly string[] Joins = ["和", "跟", "与", "同"];

    /// <summary>Cues that the things joined are compared: the same, different, which of them.</summary>
    private static readonly string[] Compared = ["1回事", "区别", "区分", "不同", "差别", "1样", "哪个", "关系"];

    /// <summary>Characters that say nothing of a side's content: a pair holding one is no sign that an entry names the side.</summary>
    private const string Function = "的是了还或者和跟与同比吗呢吧么要就都也在个哪啥什怎谁1把被对由去来得";

    /// <summary>The content pairs only one side has (left, right), or null when the question offers no two alternatives.</summary>
    public static (string[] Left, string[] Right)? Sides(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        foreach (var word in Either)
        {
            var at = normalized.IndexOf(word, StringComparison.Ordinal);
            if (at > 0 && at + word.Length < normalized.Length)
            {
                return Distinct(normalized[..at], normalized[(at + word.Length)..]);
            }
        }

        var cue = Compared.Select(c => normalized.IndexOf(c, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(-1).Min();
        if (cue < 0)
        {
            return null;
        }

        foreach (var join in Joins)
        {
            var at = normalized.IndexOf(join, StringComparison.Ordinal);
            if (at > 0 && at + join.Length < cue)
            {
                return Distinct(normalized[..at], normalized[(at + join.Length)..cue]);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether an entry's normalised text (phrasings and answer) names both sides: a content pair of each side's own.
    /// A side with no content pair of its own cannot be judged and counts as named.
    /// </summary>
    public static bool NamesBoth((string[] Left, string[] Right) sides, string entryText, bool byCharacters = false) =>
        Names(sides.Left, sides.Right, entryText, byCharacters) && Names(sides.Right, sides.Left, entryText, byCharacters);

    /// <summary>A pair of the side's own in the entry; by characters, a character of those pairs the other side's pairs lack.</summary>
    private static bool Names(string[] side, string[] other, string entryText, bool byCharacters) =>
        side.Length == 0
        || side.Any(pair => entryText.Contains(pair, StringComparison.Ordinal))
        || (byCharacters && side.SelectMany(pair => pair).Except(other.SelectMany(pair => pair)).Any(c => entryText.Contains(c, StringComparison.Ordinal)));

    private static (string[] Left, string[] Right)? Distinct(string left, string right)
    {
        var (l, r) = (Pairs(left), Pairs(right));
        string[] own = [.. l.Except(r)], theirs = [.. r.Except(l)];
        return own.Length == 0 && theirs.Length == 0 ? null : (own, theirs);
    }

    private static HashSet<string> Pairs(string text) =>
        [.. Enumerable.Range(0, Math.Max(0, text.Length - 1))
            .Select(i => text.Substring(i, 2))
            .Where(pair => !pair.Any(c => Function.Contains(c, StringComparison.Ordinal) || char.IsAsciiDigit(c)))];
}
