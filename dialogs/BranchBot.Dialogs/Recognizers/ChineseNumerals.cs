namespace BranchBot.Dialogs.Recognizers;

// Placeholder parser kept only until the full Chinese numeral recognizer lands (same issue, same session).
public static class ChineseNumerals
{
    public static bool TryParse(string text, out int value)
    {
        var t = (text ?? string.Empty).Normalize(System.Text.NormalizationForm.FormKC);
        if (int.TryParse(t, out value)) return true;
        var i = "零一二三四五六七八九十".IndexOf(t, StringComparison.Ordinal);
        value = t.Length == 1 ? i : -1;
        return t.Length == 1 && i >= 0;
    }
}
