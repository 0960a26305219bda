namespace BranchBot.Dialogs.Engine;

/// <summary>Small text clean-ups shared by prompts and command matching.</summary>
public static class TextNormalizer
{
    private static readonly char[] TrailingPunctuation = ['。', '！', '!', '.', '？', '?', '~', '～', '，', ',', ' ', '\u3000'];

    public static string StripTrailingPunctuation(string? text) => (text ?? string.Empty).Trim().TrimEnd(TrailingPunctuation).Trim();

    /// <summary>Turns full-width spaces into ordinary ones and collapses runs of whitespace.</summary>
    public static string CollapseSpaces(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var parts = text.Replace('\u3000', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', parts);
    }
}
