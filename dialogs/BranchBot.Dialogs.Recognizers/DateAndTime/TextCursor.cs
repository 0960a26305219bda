namespace BranchBot.Dialogs.Recognizers.DateAndTime;

/// <summary>A position in width-folded text with the few reading operations the date parsers share.</summary>
internal sealed class TextCursor(string text, int position)
{
    public string Text { get; } = text;

    public int Position { get; set; } = position;

    public bool AtEnd => Position >= Text.Length;

    public char Current => AtEnd ? '\0' : Text[Position];

    public char Previous => Position == 0 ? '\0' : Text[Position - 1];

    public bool TryConsume(char c)
    {
        if (Current != c || AtEnd)
        {
            return false;
        }

        Position++;
        return true;
    }

    public bool TryConsume(string word)
    {
        if (!Text.AsSpan(Position).StartsWith(word, StringComparison.Ordinal))
        {
            return false;
        }

        Position += word.Length;
        return true;
    }

    /// <summary>Consumes the first of <paramref name="words"/> found here; list longer words before their prefixes.</summary>
    public string? TryConsumeAny(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (TryConsume(word))
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>
    /// Where a word that ends in a numeral was read whole ("下周三" in "下周三两点半"): a number may start right there
    /// although a numeral precedes it.
    /// </summary>
    public int WordEnd { get; set; } = -1;

    public bool TryReadNumber(out NumberToken number)
    {
        if (ChineseNumerals.TryReadAt(Text, Position, startsAfterWord: Position == WordEnd, out var value, out var length))
        {
            number = new NumberToken(value, Text.Substring(Position, length));
            Position += length;
            return true;
        }

        number = default;
        return false;
    }

    public void SkipSpaces()
    {
        while (!AtEnd && char.IsWhiteSpace(Current))
        {
            Position++;
        }
    }
}

/// <summary>A number as read, keeping its spelling (a two-digit "09" hour is read on the 24-hour clock).</summary>
internal readonly record struct NumberToken(int Value, string Spelling)
{
    public bool IsArabic => Spelling.All(char.IsAsciiDigit);
}
