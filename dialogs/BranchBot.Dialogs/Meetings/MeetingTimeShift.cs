using System.Globalization;
using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// A meeting's start moved by an amount in words ("往后推一个小时", "提前半小时", "推迟30分钟", "往后推一天", "推迟一周",
/// "往后挪俩小时"): read by the
/// intent layer for a scheduled meeting and by 安排's summary for the meeting being arranged.
/// </summary>
public static partial class MeetingTimeShift
{
    /// <summary>The shape of a shift ("推迟半小时"), also given to 安排's summary question so such words reach the dialog.</summary>
    public const string Pattern = @"(?<verb>往后推|往后挪|往后延|往后|推迟|推后|延后|顺延|晚|提前|往前挪|往前提|往前|提早|早)(?<amount>\d+(\.\d+)?|半|一|两|俩|二|三|四|五|十|十五|二十|三十|四十|四十五)?(个)?(?<half>半)?(个)?(?<unit>小时|钟头|分钟|分|天|周|星期|礼拜)(开|吧|了|啊)*(,|，|$)";

    /// <summary>The shift in the text; check <see cref="Capture.Index"/> for where it starts.</summary>
    public static Match Find(string text) => Shift().Match(text);

    /// <summary>The start moved by the shift found; null when its amount cannot be read.</summary>
    public static DateTimeOffset? Apply(DateTimeOffset own, Match shift)
    {
        ArgumentNullException.ThrowIfNull(shift);
        if (Amount(shift.Groups["amount"].Value, shift.Groups["half"].Success) is not { } amount)
        {
            return null;
        }

        var sign = Earlier().IsMatch(shift.Groups["verb"].Value) ? -1 : 1;
        var span = shift.Groups["unit"].Value switch
        {
            "天" => TimeSpan.FromDays(amount),
            "周" or "星期" or "礼拜" => TimeSpan.FromDays(7 * amount),
            "分钟" or "分" => TimeSpan.FromMinutes(amount),
            _ => TimeSpan.FromHours(amount),
        };
        return own + (sign * span);
    }

    /// <summary>"半" is a half, "一个半" one and a half, "两" two; digits and the numerals up to 十 as they are typed.</summary>
    private static double? Amount(string typed, bool andAHalf)
    {
        if (typed.Length == 0)
        {
            return andAHalf ? 0.5 : null;
        }

        double? whole = typed switch
        {
            "半" => 0.5,
            "一" => 1,
            "两" or "俩" or "二" => 2,
            "三" => 3,
            "四" => 4,
            "五" => 5,
            "十" => 10,
            "十五" => 15,
            "二十" => 20,
            "三十" => 30,
            "四十" => 40,
            "四十五" => 45,
            _ => double.TryParse(typed, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null,
        };
        return andAHalf ? whole + 0.5 : whole;
    }

    [GeneratedRegex(Pattern)]
    private static partial Regex Shift();

    [GeneratedRegex(@"^(提前|往前|提早|早)")]
    private static partial Regex Earlier();
}
