namespace BranchBot.Core.Membership.Roster;

/// <summary>
/// Keeps exported cells text when a spreadsheet opens the CSV: a value starting with = + - @, a tab or a carriage
/// return would be read as a formula (=HYPERLINK, =WEBSERVICE, @SUM, -2+3), so it gets a leading apostrophe, which
/// Excel and LibreOffice hide. A value that already starts with an apostrophe before such a character gets one more,
/// so <see cref="Unprotect"/> on import gives back exactly what was exported.
/// </summary>
public static class FormulaGuard
{
    private const char Mark = '\'';

    public static string Protect(string? value)
    {
        var text = value ?? string.Empty;
        return StartsFormula(text, 0) || (text.Length > 0 && text[0] == Mark && StartsFormula(text, 1)) ? Mark + text : text;
    }

    /// <summary>Removes the apostrophe <see cref="Protect"/> added, and nothing else.</summary>
    public static string Unprotect(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length > 1 && value[0] == Mark && (StartsFormula(value, 1) || (value[1] == Mark && StartsFormula(value, 2))) ? value[1..] : value;
    }

    private static bool StartsFormula(string text, int index) => text.Length > index && text[index] is '=' or '+' or '-' or '@' or '\t' or '\r';
}
