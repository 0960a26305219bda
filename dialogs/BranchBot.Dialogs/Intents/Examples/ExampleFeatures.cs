namespace BranchBot.Dialogs.Intents.Examples;

/// <summary>
/// A sentence as the example bank compares it: the text cleaned as the intent rules clean it (<see cref="IntentText.Clean"/>),
/// then its characters (Chinese characters and lower-cased letters; every digit the same, so "3点" and "7点" agree) and
/// each pair of neighbouring characters, with the first and last character marked as such ("取消…" opens with a verb,
/// "…取消" ends with one). Spaces and punctuation only break pairs.
/// </summary>
internal static class ExampleFeatures
{
    public static Dictionary<string, int> Of(string clean)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var previous = '\0';
        var first = true;
        foreach (var raw in clean)
        {
            var c = Fold(raw);
            if (c == '\0')
            {
                previous = '\0';
                continue;
            }

            Add(counts, c.ToString());
            if (first)
            {
                Add(counts, $"^{c}");
                first = false;
            }

            if (previous != '\0')
            {
                Add(counts, $"{previous}{c}");
            }

            previous = c;
        }

        if (clean.Length > 0 && Fold(clean[^1]) is var last && last != '\0')
        {
            Add(counts, $"{last}$");
        }

        return counts;
    }

    private static char Fold(char c) => c switch
    {
        >= '0' and <= '9' => '0',
        _ when char.IsLetter(c) => char.ToLowerInvariant(c),
        _ => '\0',
    };

    private static void Add(Dictionary<string, int> counts, string feature) =>
        counts[feature] = counts.TryGetValue(feature, out var count) ? count + 1 : 1;
}
