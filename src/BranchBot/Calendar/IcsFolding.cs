using System.Text;

namespace BranchBot.Calendar;

/// <summary>
/// Folds a content line into lines of at most 75 octets (RFC 5545 3.1): each continuation starts with one space,
/// and a break never falls inside a UTF-8 sequence, so a Chinese character is never split.
/// </summary>
public static class IcsFolding
{
    public const int MaxOctets = 75;
    public const string LineBreak = "\r\n";

    public static string Fold(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (Encoding.UTF8.GetByteCount(line) <= MaxOctets)
        {
            return line;
        }

        var builder = new StringBuilder(line.Length + (line.Length / 20 * 3));
        var used = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            if (used + rune.Utf8SequenceLength > MaxOctets)
            {
                builder.Append(LineBreak).Append(' ');
                used = 1;
            }

            builder.Append(rune.ToString());
            used += rune.Utf8SequenceLength;
        }

        return builder.ToString();
    }
}
