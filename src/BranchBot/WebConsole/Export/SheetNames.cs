namespace BranchBot.WebConsole.Export;

/// <summary>
/// Worksheet names Excel and LibreOffice accept: at most 31 characters, none of []:*?/\, not starting or ending
/// with an apostrophe, and unique without regard to case.
/// </summary>
internal static class SheetNames
{
    public const int MaxLength = 31;

    private static readonly char[] Forbidden = ['[', ']', ':', '*', '?', '/', '\\'];

    /// <summary>
    /// A name per branch, in order: its name, or where two branches share a name the shortest tail of the path that
    /// tells it apart ("第一党总支-第三党支部"), numbered "(2)" when that is still taken (or cut to the same name).
    /// </summary>
    public static IReadOnlyList<string> ForBranches(IReadOnlyList<(string Name, string Path)> branches, IEnumerable<string> taken)
    {
        ArgumentNullException.ThrowIfNull(branches);
        var used = new HashSet<string>(taken, StringComparer.OrdinalIgnoreCase);
        var sameName = branches.GroupBy(b => b.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g => g.Select(b => b.Path).ToList(), StringComparer.OrdinalIgnoreCase);
        var names = new List<string>();
        foreach (var (name, path) in branches)
        {
            var wanted = Clean(sameName.TryGetValue(name, out var paths) ? DistinctTail(path, paths) : name);
            var chosen = wanted;
            for (var n = 2; !used.Add(chosen); n++)
            {
                var suffix = $"({n})";
                chosen = Clean(Cut(wanted, MaxLength - suffix.Length) + suffix);
            }

            names.Add(chosen);
        }

        return names;
    }

    /// <summary>The fewest trailing path segments, joined by "-", that no other of <paramref name="paths"/> ends with.</summary>
    private static string DistinctTail(string path, IReadOnlyList<string> paths)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var count = 1; count < segments.Length; count++)
        {
            var tail = string.Join('/', segments[^count..]);
            if (paths.Count(p => p == tail || p.EndsWith("/" + tail, StringComparison.Ordinal)) == 1)
            {
                return string.Join('-', segments[^count..]);
            }
        }

        return string.Join('-', segments);
    }

    private static string Clean(string name)
    {
        var cleaned = string.Concat(name.Select(c => Array.IndexOf(Forbidden, c) >= 0 || char.IsControl(c) ? '_' : c)).Trim().Trim('\'');
        cleaned = Cut(cleaned, MaxLength).Trim().Trim('\'');
        return cleaned.Length == 0 ? "支部" : cleaned;
    }

    /// <summary>At most <paramref name="length"/> UTF-16 units, never splitting a surrogate pair.</summary>
    private static string Cut(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        return char.IsHighSurrogate(text[length - 1]) ? text[..(length - 1)] : text[..length];
    }
}
