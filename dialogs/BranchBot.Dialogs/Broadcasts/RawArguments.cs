using BranchBot.Dialogs.Bot;

namespace BranchBot.Dialogs.Broadcasts;

/// <summary>
/// The words after a command's keyword exactly as typed. Command matching collapses line breaks and drops trailing
/// punctuation, which is right for commands but would change the text of a broadcast or a reply.
/// </summary>
internal static class RawArguments
{
    public static string Of(BotTurn turn, IReadOnlyList<string> keywords, string matched)
    {
        var text = turn.Text;
        foreach (var keyword in keywords.OrderByDescending(k => k.Length))
        {
            if (text.StartsWith(keyword, StringComparison.OrdinalIgnoreCase))
            {
                var rest = text[keyword.Length..].TrimStart(' ', '\u3000', ':', '：', '\n', '\r', '\t').TrimEnd();
                // The message was the command itself: trust it only if it says the same as the matched arguments.
                return TextOf(rest) == TextOf(matched) ? rest : matched;
            }
        }

        return matched;
    }

    private static string TextOf(string text) =>
        Engine.TextNormalizer.CollapseSpaces(Engine.TextNormalizer.StripTrailingPunctuation(text));
}
