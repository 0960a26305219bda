using System.Globalization;
using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Meetings;

/// <summary>What the meeting commands say, and how they write dates.</summary>
internal static class MeetingTexts
{
    public const string Confirm = "确认";
    public const string Change = "修改";
    public const string Cancel = "取消";
    public const string Skip = "跳过";

    public static readonly HashSet<string> SkipWords = new(StringComparer.OrdinalIgnoreCase) { "跳过", "无", "没有", "暂无", "不填", "略", "-" };

    public const string FieldKind = "类型";
    public const string FieldTime = "时间";
    public const string FieldPlace = "地点";
    public const string FieldTopic = "主题";

    public static IReadOnlyList<string> Fields { get; } = [FieldKind, FieldTime, FieldPlace, FieldTopic];

    public const string AskKind = "要安排哪一类会议？";
    public const string AskPlace = "在哪里开？请输入地点（没有可回复「跳过」）。";
    public const string AskTopic = "会议主题是什么？（没有可回复「跳过」）";
    public const string AskField = "要修改哪一项？";
    public const string NotCreated = "好的，没有创建会议。";
    public const string TimeExample = "例如「12月1日下午2点半」「明天上午9点」「下周三14:30」。";

    public static string AskTime(MeetingKind kind) => $"{MeetingKinds.ToChinese(kind)}什么时候开？请说明日期和几点，{TimeExample}";

    public static string AskTimeAgain(string problem, MeetingKind kind) => $"{problem}{AskTime(kind)}";

    public static string TimePast(string typed) => $"「{typed}」已经过去了，会议时间要在以后。";

    public static string TimeOfDayMissing(DateOnly date) => $"{date.Month}月{date.Day}日几点开始？会议需要具体时间。";

    public static string AskTimeOfDay(DateOnly date) => $"{date.Month}月{date.Day}日几点开始？例如「下午2点半」或「14:30」。";

    public const string NoPlace = "（未定）";
    public const string NoTopic = "（未填）";

    /// <summary>"12月1日（星期二）14:30"; the year is added when it is not this year.</summary>
    public static string When(DateTimeOffset local, DateTimeOffset now) =>
        $"{Day(local, now)}{local.ToString("HH:mm", CultureInfo.InvariantCulture)}";

    /// <summary>"12月1日（星期二）", with the year when it is not this year.</summary>
    public static string Day(DateTimeOffset local, DateTimeOffset now)
    {
        var year = local.Year == now.Year ? string.Empty : $"{local.Year}年";
        return $"{year}{local.Month}月{local.Day}日（{DateTimeTexts.Weekday(local.DayOfWeek)}）";
    }

    public static string Time(DateTimeOffset local) => local.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string KindName(MeetingKind kind) => MeetingKinds.ToChinese(kind);

    public static IReadOnlyList<string> KindChoices { get; } = [.. MeetingKinds.All.Select(MeetingKinds.ToChinese)];

    public static string PlanDayOutOfRange(int day) => $"没有{day}号，日期是1到31。";

    public static string PlanTimeOnly(string typed) => $"定期安排只需要每次的时刻，例如「下午3点」，不要写「{typed}」这样的具体日期。";
}
