using System.Globalization;
using System.Text;

namespace BranchBot.Core.Knowledge;

/// <summary>Rewrites Chinese numerals in running text as Arabic digits ("一年开十二次" → "1年开12次").</summary>
internal static class KnowledgeNumerals
{
    public static string ToArabic(string text)
    {
        var builder = new StringBuilder(text.Length);
        var index = 0;
        while (index < text.Length)
        {
            var end = index;
            while (end < text.Length && IsNumeral(text[end]))
            {
                end++;
            }

            // "一万二一个月", "五千一个月": the 一 of 一个 after an amount is the article, not the amount's last digit.
            if (end - index > 1 && text[end - 1] == '一' && end < text.Length && text[end] == '个')
            {
                end--;
            }

            if (end > index && Unit(text[index]) > 0 && builder.Length > 0 && char.IsAsciiDigit(builder[^1]) && TryRead(text[index..end], out var scale))
            {
                // "5千", "1万2": Arabic digits written before a Chinese unit.
                var start = builder.Length;
                while (start > 0 && char.IsAsciiDigit(builder[start - 1]))
                {
                    start--;
                }

                var digits = long.Parse(builder.ToString(start, builder.Length - start), CultureInfo.InvariantCulture);
                builder.Length = start;
                builder.Append((digits * scale).ToString(CultureInfo.InvariantCulture));
                index = end;
                continue;
            }

            if (end == index)
            {
                builder.Append(text[index]);
                index++;
                continue;
            }

            var run = text[index..end];
            builder.Append(TryRead(run, out var value) ? value.ToString(CultureInfo.InvariantCulture) : run);
            index = end;
        }

        return builder.ToString();
    }

    private static bool IsNumeral(char c) => Digit(c) >= 0 || Unit(c) > 0;

    private static bool TryRead(string run, out long value)
    {
        value = 0;
        if (run.All(c => Digit(c) >= 0))
        {
            // "一二" read digit by digit, as in years or phone numbers.
            foreach (var c in run)
            {
                value = (value * 10) + Digit(c);
            }

            return true;
        }

        long section = 0;
        long pending = -1;
        foreach (var c in run)
        {
            var digit = Digit(c);
            if (digit >= 0)
            {
                if (pending >= 0 && pending != 0)
                {
                    return false;
                }

                pending = digit;
                continue;
            }

            var unit = Unit(c);
            if (unit == 10_000)
            {
                var multiplier = section + Math.Max(pending, 0);
                value += (multiplier == 0 ? 1 : multiplier) * unit;
                section = 0;
            }
            else
            {
                section += (pending < 0 ? 1 : pending) * unit;
            }

            pending = -1;
        }

        // A lone digit after a unit is the next unit down, as people say it: "一万二" 12000, "三千五" 3500.
        var last = Unit(run[^1]) == 0 && run.Length >= 2 ? Unit(run[^2]) : 0;
        value += section + (last >= 100 && pending > 0 ? pending * last / 10 : Math.Max(pending, 0));
        return true;
    }

    private static int Digit(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    private static long Unit(char c) => c switch
    {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        '万' => 10_000,
        _ => 0,
    };
}
