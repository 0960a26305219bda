using System.Text.RegularExpressions;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Intents;

/// <summary>
/// "挪到下周一晚上七点还在党员活动室开", "改到下周四下午三点地点不变", "挪到下周四下午吧周三那天区里有检查时间还是两点半":
/// a change said in one breath often goes on to say what stays as it was, or why, after a 吧. Neither is part of the new
/// value: the value ends where they begin. A clock time said to stay ("时间还是七点") completes a new day said with only a
/// part of it ("下周一晚上"). What follows a 吧 is only cut off when it changes nothing itself.
/// </summary>
public static partial class UnchangedParts
{
    /// <summary>The new value without what is said to stay or why; the value as given when nothing is.</summary>
    public static string Without(string value, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(value);
        var cut = StaysAt(value, now, zone);
        var rest = cut < value.Length ? value[cut..] : string.Empty;
        var head = value[..cut];
        if (ClauseEnd().Match(head) is { Success: true } end && !ChangesSomething().IsMatch(head[(end.Index + end.Length)..]))
        {
            rest = head[(end.Index + end.Length)..] + rest;
            head = head[..end.Index];
        }

        head = Trailing().Replace(head.Trim(' ', '，', ',', '了'), string.Empty);
        if (head.Length == 0 || rest.Length == 0)
        {
            return value;
        }

        // "下周一晚上" + "时间还是七点" → "下周一晚上七点": the clock said to stay goes with the new day (never one said in a reason).
        var stays = Stays().Match(rest) is { Success: true } named ? rest[named.Index..] : StillBare().Match(rest) is { Success: true, Index: 0 } ? rest : string.Empty;
        return !Clock().IsMatch(head) && Clock().Match(stays) is { Success: true } clock
            && ChineseDateTimeRecognizer.Recognize(head, now, zone) is { Succeeded: true, Value.Time: null }
            ? head + clock.Value
            : head;
    }

    /// <summary>
    /// "…改到下周一晚上七点还是在党员活动室", "…地点还是三楼会议室": the place said to stay as it is, which the reading may
    /// name beside the new time; null when no place is said to stay.
    /// </summary>
    public static string? PlaceSaidToStay(string value, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(value);
        var at = StaysAt(value, now, zone);
        return at < value.Length && StayedPlace().Match(value[at..]) is { Success: true } stayed && SlotShapes.IsPlace(stayed.Groups["place"].Value)
            ? stayed.Groups["place"].Value
            : null;
    }

    /// <summary>Where the first clause saying what stays begins; the value's length when none does.</summary>
    private static int StaysAt(string value, DateTimeOffset now, TimeZoneInfo zone)
    {
        var at = value.Length;
        if (Stays().Match(value) is { Success: true, Index: > 0 } named)
        {
            at = named.Index;
        }

        // "还在党员活动室", "还是下午两点半": a bare 还是/还在 stays only before a place or a clock time; "周四还是周五" is
        // a choice not made, which is left for the reading to doubt.
        foreach (Match still in StillBare().Matches(value[..at]))
        {
            if (still.Index == 0)
            {
                continue;
            }

            var what = Trailing().Replace(value[(still.Index + still.Length)..].Split(["还是", "还在"], StringSplitOptions.None)[0], string.Empty).TrimStart('在');
            var time = ChineseDateTimeRecognizer.Recognize(what, now, zone);
            if (SlotShapes.IsPlace(what) || time is { Succeeded: true, Start: 0, Value.Parts: DateTimeParts.TimeOnly } && time.Remainder.Trim().Length == 0)
            {
                return still.Index;
            }
        }

        return at;
    }

    private const string Part = "时间|地点|日期|日子|钟点|点钟|地方|会场|场地|其他的?|其它的?|别的|其余的?";

    [GeneratedRegex(@"(" + Part + @")([和跟与及、]?(" + Part + @"))?(都|也|就|仍然|仍|依然|依旧|照样)?(不变|不动|不改|照旧|照常|没变|一样|还是|还在|仍是|仍在)")]
    private static partial Regex Stays();

    [GeneratedRegex(@"(地点|地方|会场)?(都|也|仍然|依然|依旧)?(还是|还在|仍在|仍是)在?(?<place>[^，,\s]+?)(?=还是|还在|时间|日期|日子|钟点|开会|召开|举行|开|吧|$)")]
    private static partial Regex StayedPlace();

    [GeneratedRegex(@"还是|还在|仍在|仍然在|照样在|照旧在")]
    private static partial Regex StillBare();

    /// <summary>"下周四下午吧…", "礼拜一嘛…": a particle that ends the clause of the new value.</summary>
    [GeneratedRegex(@"(吧|嘛|呗)(?=.)")]
    private static partial Regex ClauseEnd();

    [GeneratedRegex(@"改|换|挪|调|推迟|提前|延")]
    private static partial Regex ChangesSomething();

    [GeneratedRegex(@"(开会|召开|举行|开|吧|了)+$")]
    private static partial Regex Trailing();

    [GeneratedRegex(@"(上午|下午|晚上|早上|中午|傍晚)?[\d一二三四五六七八九十两]{1,3}(点|:|：)([\d一二三四五六七八九十]{1,2}分?|半|钟)?")]
    private static partial Regex Clock();
}
