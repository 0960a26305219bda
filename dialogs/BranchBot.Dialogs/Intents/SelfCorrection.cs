using System.Text.RegularExpressions;
using BranchBot.Core.Meetings;

namespace BranchBot.Dialogs.Intents;

/// <summary>
/// "支委会改到三楼 不对 改到二楼小会议室", "周五支委会我请假 哦不对 是下周三的党员大会", "明天下午三点开支委会 说错了 三点半": a
/// member who corrects himself inside one message means what he said last. The words after the correction replace the
/// part of the sentence they stand for: the same verb said again with its new value, a meeting named again (with its
/// day), a clock time or a place. When it cannot tell which part the correction replaces, the sentence is left as it
/// is, and the correction word keeps any value it sits in from being read as sure (<see cref="SlotShapes"/>).
/// </summary>
public static partial class SelfCorrection
{
    public static string Resolve(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var marker = Marker().Match(text);
        if (!marker.Success)
        {
            return text;
        }

        var before = text[..marker.Index].TrimEnd(' ', ',', '，', '。');
        var after = text[(marker.Index + marker.Length)..].Trim(' ', ',', '，', '。');
        if (before.Length == 0 || after.Length == 0 || Marker().IsMatch(after))
        {
            return text;
        }

        // "改到三楼 不对 改到二楼小会议室": the verb said again, and what follows it replaces what followed it the first time.
        if (Verb().Match(after) is { Success: true } verb && before.LastIndexOf(verb.Value, StringComparison.Ordinal) is var at and >= 0)
        {
            return before[..at] + after;
        }

        // "周五支委会我请假 哦不对 是下周三的党员大会": a meeting named again replaces the meeting (and its day) named first.
        if (MeetingNamed().Match(after) is { Success: true } && MeetingKinds.TryFind(before, out _, out var start, out var length))
        {
            var day = DayBefore().Match(before[..start]);
            var from = day.Success ? day.Index : start;
            return before[..from] + after + before[(start + length)..];
        }

        // "改到周六上午九点 哦不 周日上午九点", "安排在下周二 不对 下周四下午两点 图书馆": a day said first replaces the last day
        // (with its time) said before.
        if (Day().Match(after) is { Success: true, Index: 0 } && Day().Matches(before) is { Count: > 0 } days)
        {
            var last = days[^1];
            return before[..last.Index] + after + before[(last.Index + last.Length)..];
        }

        // "下午三点 说错了 三点半", "在三楼 不对 二楼", "调到第一党小组 错了 第二党小组": a clock time, a place or a 党小组 said
        // alone replaces the last one of its kind. "下午三点哦改成四点吧在三楼会议室": a clock time that opens the words
        // after the correction replaces the last one, and the rest of those words follow the sentence as said.
        foreach (var (shape, opensOnly) in new[] { (Clock(), true), (Place(), false), (Group(), false) })
        {
            if (shape.Match(after) is { Success: true, Index: 0 } value && (value.Length == after.Length || opensOnly)
                && shape.Matches(before) is { Count: > 0 } said)
            {
                // "下午三点 … 三点半": the part of the day said only the first time still holds.
                var last = said[^1];
                var (index, count) = value.Groups[1].Length == 0 && last.Groups[2].Success && last.Groups[1].Length > 0
                    ? (last.Groups[2].Index, last.Groups[2].Length)
                    : (last.Index, last.Length);
                var rest = after[value.Length..].TrimStart('吧', '啊', '呀', ' ', ',', '，');
                return before[..index] + value.Value + before[(index + count)..] + (rest.Length > 0 ? $" {rest}" : string.Empty);
            }
        }

        return text;
    }

    /// <summary>
    /// "给陈静约个谈心 哦不对是孙悦": a correction still in the sentence once <see cref="Resolve"/> and
    /// <see cref="ResolveName"/> have read it is one they could not apply, so what the sentence asks is not known for sure.
    /// </summary>
    public static bool LeftUnresolved(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Marker().Match(text) is { Success: true } marker && text[..marker.Index].Trim().Length > 0;
    }

    /// <summary>
    /// "给陈静约个谈心 哦不对是张丽华": a member's name said alone after the correction replaces the last other name of the
    /// roster said before it; otherwise the sentence is left as it is.
    /// </summary>
    public static string ResolveName(string text, IReadOnlyCollection<string> names)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(names);
        var marker = Marker().Match(text);
        if (!marker.Success)
        {
            return text;
        }

        var before = text[..marker.Index].TrimEnd(' ', ',', '，', '。');
        var after = text[(marker.Index + marker.Length)..].Trim(' ', ',', '，', '。', '的');
        if (!names.Contains(after))
        {
            return text;
        }

        var said = names.Where(name => name != after && before.Contains(name, StringComparison.Ordinal))
            .Select(name => (Name: name, At: before.LastIndexOf(name, StringComparison.Ordinal)))
            .OrderByDescending(n => n.At)
            .FirstOrDefault();
        return said.Name is null ? text : before[..said.At] + after + before[(said.At + said.Name.Length)..];
    }

    /// <remarks>
    /// Voice input runs the correction straight on ("下周三的假哦不对是后天的", "两点半不对是下周五", "三点哦改成四点"): without a
    /// pause before it, a correction is one only when an interjection opens it or 是/应该是 follows it.
    /// </remarks>
    [GeneratedRegex(@"(?<=[\s,，。!！])(哦|噢|喔|啊|呃|嗯)?(不对不对|不对|不是不是|说错了|打错了|写错了|搞错了|错了|口误|(?<=[哦噢喔])不(?=\s))[了啊呀,，。!！\s]*(应该是|应该|改成|是)?\s*|(?<=[\u4e00-\u9fa5\d])(哦|噢|喔|呃)(不对不对|不对|不是|说错了|错了|口误)[了啊呀]*(应该是|应该|改成|是)?|(?<=[\u4e00-\u9fa5\d])(哦|噢|喔)(改成|换成)|(?<=[\u4e00-\u9fa5\d])(不对不对|不对|说错了|口误)[了啊呀]*(应该是|是)")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^(设成|设为|设置为|设置成|改到|改成|改在|改为|挪到|换到|调到|放到|定在|安排在|推迟到|推到|延到|提前到|在)")]
    private static partial Regex Verb();

    [GeneratedRegex(@"^[^\s,，]{0,10}?(党员大会|支委会|党小组会|党课|主题党日|组织生活会)$")]
    private static partial Regex MeetingNamed();

    [GeneratedRegex(@"((下下|下个?|这个?|本|上个?)?(周|星期|礼拜)[一二三四五六日天]|今天|明天|后天|今晚|明晚|\d{1,2}月\d{1,2}[日号]?|\d{1,2}[号日])的?\s*$")]
    private static partial Regex DayBefore();

    [GeneratedRegex(@"(上午|下午|晚上|中午|早上)?([\d一二三四五六七八九十两]{1,3}(点|:|：)([\d一二三四五六七八九十]{1,2}分?|半|钟)?)")]
    private static partial Regex Clock();

    [GeneratedRegex(@"((下下|下个?|这个?|本)?(周|星期|礼拜)[一二三四五六日天]|今天|明天|后天|\d{1,2}月\d{1,2}[日号]?)((上午|下午|晚上|中午|早上)?[\d一二三四五六七八九十两]{1,3}(点|:|：)([\d一二三四五六七八九十]{1,2}分?|半|钟)?)?")]
    private static partial Regex Day();

    [GeneratedRegex(@"([一二三四五六七八九十\d]+(号)?楼[\u4e00-\u9fa5\d]{0,6}?(会议室|活动室|报告厅|大厅|礼堂)|[一二三四五六七八九十\d]+(号)?楼|[\u4e00-\u9fa5\d]{1,6}(会议室|活动室|报告厅|礼堂)|线上|线下)")]
    private static partial Regex Place();

    [GeneratedRegex(@"第[一二三四五六七八九十\d]{1,2}(党小组|小组|组)")]
    private static partial Regex Group();
}
