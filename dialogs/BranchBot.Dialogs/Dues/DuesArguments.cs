using System.Globalization;
using System.Text.RegularExpressions;
using BranchBot.Core.Dues;

namespace BranchBot.Dialogs.Dues;

/// <summary>A 交纳基数 as written after the name: "8000", "退休 4500", "学生", "农民 0.5".</summary>
public sealed record DuesBaseInput(DuesStatus Status, decimal? Income, decimal? FixedAmount);

/// <summary>Amounts and bases read strictly: a number of 元 with at most two places, or it is asked back.</summary>
public static partial class DuesArguments
{
    private static readonly (string Word, DuesStatus Status)[] StatusWords =
    [
        ("离退休费", DuesStatus.Retired), ("退休金", DuesStatus.Retired), ("退休工资", DuesStatus.Retired), ("退休费", DuesStatus.Retired),
        ("离退休", DuesStatus.Retired), ("退休", DuesStatus.Retired), ("离休", DuesStatus.Retired), ("养老金", DuesStatus.Retired),
        ("农民", DuesStatus.Farmer), ("务农", DuesStatus.Farmer),
        ("学生", DuesStatus.Student), ("在读", DuesStatus.Student),
        ("下岗失业", DuesStatus.Unemployed), ("下岗", DuesStatus.Unemployed), ("失业", DuesStatus.Unemployed),
        ("低保", DuesStatus.LowIncome), ("最低生活保障", DuesStatus.LowIncome),
        ("在职", DuesStatus.Employed), ("月工资", DuesStatus.Employed), ("工资", DuesStatus.Employed), ("税后", DuesStatus.Employed),
    ];

    /// <summary>
    /// An amount of 元: "120", "120.5", "120.50元", "¥120", "8,000" (copied from a pay slip), "1.2万", "8千"; null when
    /// it is not exactly one, or when 万/千 would leave more than two places.
    /// </summary>
    public static decimal? Amount(string text)
    {
        var plain = ThousandsSeparator().Replace(text.Trim(), string.Empty);
        if (AmountPattern().Match(plain) is { Success: true } match)
        {
            return decimal.Parse(match.Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        }

        if (MultipliedPattern().Match(plain) is not { Success: true } multiplied)
        {
            return null;
        }

        var amount = decimal.Parse(multiplied.Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)
            * (multiplied.Groups["unit"].Value == "万" ? 10000m : 1000m);
        return decimal.Round(amount, 2) == amount ? amount : null;
    }

    /// <summary>A trailing amount after the months ("… 360", "… 360元"): the amount and the text before it.</summary>
    public static (decimal? Amount, string Before) TrailingAmount(string text)
    {
        var match = TrailingAmountPattern().Match(text.Trim());
        return match.Success
            ? (decimal.Parse(match.Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), text.Trim()[..match.Index].Trim())
            : (null, text.Trim());
    }

    public static DuesBaseInput? Base(string text)
    {
        // Before the fillers drop commas: 「8,000」 is one number, 「退休，4500」 two words.
        var rest = ThousandsSeparator().Replace(text.Trim(), string.Empty);
        var status = DuesStatus.Employed;
        foreach (var (word, kind) in StatusWords)
        {
            if (rest.Contains(word, StringComparison.Ordinal))
            {
                status = kind;
                rest = rest.Replace(word, " ", StringComparison.Ordinal);
                break;
            }
        }

        rest = Filler().Replace(rest, " ").Trim();
        if (rest.Length == 0)
        {
            return status.NeedsIncome() ? null : new DuesBaseInput(status, null, null);
        }

        if (Amount(rest) is not { } amount)
        {
            return null;
        }

        return status switch
        {
            DuesStatus.Employed or DuesStatus.Retired => new DuesBaseInput(status, amount, null),
            DuesStatus.Farmer => new DuesBaseInput(status, null, amount),
            _ => null,
        };
    }

    [GeneratedRegex(@"^[¥￥]?(?<n>[0-9]+(\.[0-9]{1,2})?)\s*元?$")]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"^[¥￥]?(?<n>[0-9]+(\.[0-9]{1,4})?)\s*(?<unit>万|千)元?$")]
    private static partial Regex MultipliedPattern();

    /// <summary>A comma between digits that groups thousands (「8,000」「12,345.50」), never 「40,5」.</summary>
    [GeneratedRegex(@"(?<=[0-9]),(?=[0-9]{3}(?![0-9]))")]
    private static partial Regex ThousandsSeparator();

    [GeneratedRegex(@"(?:^|\s)[¥￥]?(?<n>[0-9]+(\.[0-9]{1,2})?)\s*(元|块钱?)?$")]
    private static partial Regex TrailingAmountPattern();

    /// <summary>Words around the number that say it is a monthly income ("4500一个月", "每个月8000", "3200元每月").</summary>
    [GeneratedRegex("党员|月收入|收入|每个月|一个月|每月|元/月|/月|月薪|金额|是|，|,")]
    private static partial Regex Filler();
}
