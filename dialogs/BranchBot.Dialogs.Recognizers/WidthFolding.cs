namespace BranchBot.Dialogs.Recognizers;

/// <summary>
/// Turns full-width ASCII (１２：３０, Ａ) and the ideographic space into their ordinary forms, one character for
/// one character, so positions found in the folded text are positions in what the user typed.
/// </summary>
public static class WidthFolding
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        return string.Create(text.Length, text, static (buffer, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                buffer[i] = Fold(source[i]);
            }
        });
    }

    public static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };
}
