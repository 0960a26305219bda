using System.Text.RegularExpressions;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Meetings;

/// <summary>The year, and optionally the quarter, a 台账 covers: "2026", "2026年第四季度", "本季度", "今年", "去年", "Q4".</summary>
public sealed partial record LedgerScope(int Year, int? Quarter)
{
    public static LedgerScope? Read(string? text, DateTimeOffset localNow)
    {
        var value = TextNormalizer.CollapseSpaces(TextNormalizer.StripTrailingPunctuation(text)).Replace(" ", string.Empty, StringComparison.Ordinal);
        var thisQuarter = ((localNow.Month - 1) / 3) + 1;
        switch (value)
        {
            case "" or "今年" or "本年" or "本年度" or "全年":
                return new(localNow.Year, null);
            case "去年" or "上一年":
                return new(localNow.Year - 1, null);
            case "本季度" or "这季度" or "这个季度" or "当前季度":
                return new(localNow.Year, thisQuarter);
            case "上季度" or "上个季度" or "上一季度":
                return thisQuarter == 1 ? new(localNow.Year - 1, 4) : new(localNow.Year, thisQuarter - 1);
        }

        var match = Pattern().Match(value);
        if (!match.Success)
        {
            return null;
        }

        var year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : localNow.Year;
        if (!match.Groups["quarter"].Success)
        {
            return match.Groups["year"].Success ? new(year, null) : null;
        }

        return ChineseNumerals.TryParse(match.Groups["quarter"].Value, out var quarter) ? new(year, quarter) : null;
    }

    [GeneratedRegex(@"^(?:(?<year>\d{4})年?度?)?(?:第?(?<quarter>[一二三四1-4])季度?|[Qq](?<quarter>[1-4]))?$")]
    private static partial Regex Pattern();
}
