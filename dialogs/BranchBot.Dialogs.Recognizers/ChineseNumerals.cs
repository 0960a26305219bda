using System.Globalization;

namespace BranchBot.Dialogs.Recognizers;

/// <summary>
/// Reads non-negative integers as people type them in Chinese chat: Arabic digits (also full-width １２),
/// Chinese numerals with units (十五, 二十一, 一百零五, 两千, 三万五, 廿三), digit-by-digit forms (二〇二六) and
/// mixtures (3万5千, 1千2).
/// </summary>
public static class ChineseNumerals
{
    private const long Limit = int.MaxValue;

    /// <summary>True when the whole of <paramref name="text"/> (surrounding spaces aside) is one number.</summary>
    public static bool TryParse(string? text, out int value)
    {
        var trimmed = WidthFolding.Fold(text).Trim();
        return TryParseFolded(trimmed, out value);
    }

    /// <summary>
    /// Reads the longest number that starts at <paramref name="start"/>; <paramref name="length"/> is how many
    /// characters it took. Nothing is read when the number runs on from a numeral just before the start.
    /// </summary>
    public static bool TryReadAt(string text, int start, out int value, out int length) =>
        TryReadAt(text, start, startsAfterWord: false, out value, out length);

    /// <summary>
    /// As <see cref="TryReadAt(string, int, out int, out int)"/>; with <paramref name="startsAfterWord"/> the numeral
    /// before the start ends a word of its own ("周三" in "周三两点半") and does not make the number run on.
    /// </summary>
    public static bool TryReadAt(string text, int start, bool startsAfterWord, out int value, out int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        value = 0;
        length = 0;
        if (start < 0 || start >= text.Length || (start > 0 && !startsAfterWord && IsNumeralChar(text[start - 1])))
        {
            return false;
        }

        var end = start;
        while (end < text.Length && IsNumeralChar(text[end]))
        {
            end++;
        }

        // "一百五十二" reads greedily; a run that only parses when shortened ("十百") gives its longest valid prefix.
        for (var candidate = end; candidate > start; candidate--)
        {
            if (TryParseFolded(WidthFolding.Fold(text[start..candidate]), out value))
            {
                length = candidate - start;
                return true;
            }
        }

        value = 0;
        return false;
    }

    /// <summary>Digits, Chinese digits and the units 十百千万亿 (and their formal forms).</summary>
    public static bool IsNumeralChar(char c) => DigitOf(c) >= 0 || UnitOf(c) > 0 || IsTensShorthand(c);

    private static bool TryParseFolded(string text, out int value)
    {
        value = 0;
        if (text.Length == 0)
        {
            return false;
        }

        if (text.All(char.IsAsciiDigit))
        {
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }

        if (!text.All(IsNumeralChar))
        {
            return false;
        }

        long result;
        var parsed = text.Any(c => UnitOf(c) > 0 || IsTensShorthand(c))
            ? TryParseWithUnits(text, out result)
            : TryParseDigitSequence(text, out result);
        if (!parsed || result > Limit)
        {
            return false;
        }

        value = (int)result;
        return true;
    }

    /// <summary>"二〇二六" and "一二": each character is one digit, as years and room numbers are read.</summary>
    private static bool TryParseDigitSequence(string text, out long value)
    {
        value = 0;
        foreach (var c in text)
        {
            // 两 is a count word ("两个"), never a digit inside a longer digit string.
            if (c == '两' && text.Length > 1)
            {
                return false;
            }

            value = (value * 10) + DigitOf(c);
            if (value > Limit)
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryParseWithUnits(string text, out long value)
    {
        var reader = new ChineseNumeralUnitReader();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                var end = i;
                while (end < text.Length && char.IsAsciiDigit(text[end]))
                {
                    end++;
                }

                if (end - i > 9 || !reader.Digits(long.Parse(text.AsSpan(i, end - i), provider: CultureInfo.InvariantCulture)))
                {
                    value = 0;
                    return false;
                }

                i = end;
                continue;
            }

            var ok = IsTensShorthand(c) ? reader.Tens(c == '廿' ? 2 : 3)
                : c is '零' or '〇' ? reader.Zero()
                : UnitOf(c) is > 0 and var unit ? reader.Unit(unit)
                : reader.Digits(DigitOf(c));
            if (!ok)
            {
                value = 0;
                return false;
            }

            i++;
        }

        return reader.TryFinish(out value);
    }

    private static int DigitOf(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '０' and <= '９' => c - '０',
        '零' or '〇' => 0,
        '一' or '壹' => 1,
        '二' or '两' or '贰' => 2,
        '三' or '叁' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    private static long UnitOf(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1_000,
        '万' => 10_000,
        '亿' => 100_000_000,
        _ => 0,
    };

    /// <summary>廿 (twenty) and 卅 (thirty), still common in dates such as 廿五日.</summary>
    private static bool IsTensShorthand(char c) => c is '廿' or '卅';
}
