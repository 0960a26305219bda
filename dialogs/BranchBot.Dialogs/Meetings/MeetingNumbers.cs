using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Meetings;

/// <summary>Reads the 序号 users put after a command ("取消会议 2", "会议记录 1 内容…").</summary>
internal static class MeetingNumbers
{
    /// <summary>A leading number (Arabic or Chinese, optionally "第…个") and the text after it.</summary>
    public static (int? Number, string Remainder) TakeLeading(string arguments)
    {
        var text = (arguments ?? string.Empty).Trim();
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? text : text[..space];
        var core = first.TrimStart('第').TrimEnd('个', '次', '号', '.', '、');
        return core.Length > 0 && ChineseNumerals.TryParse(core, out var number)
            ? (number, space < 0 ? string.Empty : text[(space + 1)..].Trim())
            : (null, text);
    }

    /// <summary>"1. 12月1日（星期二）14:30 党员大会「…」" lines for a list the user picks from by number.</summary>
    public static IReadOnlyList<string> Labels(IEnumerable<string> descriptions) =>
        [.. descriptions.Select((d, i) => $"{i + 1}. {d}")];
}
