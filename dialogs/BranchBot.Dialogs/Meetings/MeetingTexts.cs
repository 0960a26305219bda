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

    public const string AskGroup = "是哪个党小组的党小组会？";
    public const string NoGroups = "支部还没有党小组，无法安排党小组会。请先用「设置党小组 姓名 党小组」分组。";
    public const string NoAudience = "（党小组未定）";

    public static string UnknownGroup(string name) => $"支部中没有名为「{name}」的党小组。请选择：";

    /// <summary>The summary shown before anything is created.</summary>
    public static string Summary(MeetingKind kind, DateTimeOffset localStart, DateTimeOffset now, string? place, string? topic, string audience) =>
        $"请确认会议安排：\n类型：{KindName(kind)}\n日期：{Day(localStart, now)}\n时间：{Time(localStart)}\n" +
        $"地点：{place ?? NoPlace}\n主题：{topic ?? NoTopic}\n参加人员：{audience}\n" +
        "确认无误请点「确认」；需要改动请点「修改」；不安排了请点「取消」。";

    public static string Created(string described, Announcement announcement) =>
        $"已安排：{described}。\n" + WhoWasTold(announcement);

    /// <summary>"已通知 3 人：张三、李四、王五。" and who could not be reached.</summary>
    public static string WhoWasTold(Announcement announcement)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        var text = announcement.Reached.Count == 0
            ? "没有需要通知的其他参会人员。"
            : $"已通知 {announcement.Reached.Count} 人：{Names(announcement.Reached)}。";
        return announcement.Unreached.Count == 0
            ? text
            : text + $"\n{announcement.Unreached.Count} 人未能通知（尚未在聊天中加入或发送失败）：{Names(announcement.Unreached)}。请另行转告。";
    }

    public static string Names(IEnumerable<BranchBot.Core.Membership.Member> members) => string.Join("、", members.Select(m => m.Name));

    public const string MayNotArrange = "只有书记、副书记和支委可以安排会议；党小组长可以安排本小组的党小组会。";

    public const string AskPlanKind = "定期安排哪一类会议？";
    public const string AskPlanTime = "每次几点开始？例如「下午3点」或「14:30」。";
    public const string PlanNotCreated = "好的，没有设定期安排。";

    public static string AskPlanDay(RecurrenceFrequency frequency, int monthOfQuarter) => frequency == RecurrenceFrequency.Monthly
        ? "每月几号开？请回复1到31之间的数字。"
        : $"每季度第{monthOfQuarter}个月的几号开？请回复1到31之间的数字。";

    /// <summary>"每月15日 15:00", "每季度第1个月10日 14:30".</summary>
    public static string Rhythm(Recurrence recurrence)
    {
        ArgumentNullException.ThrowIfNull(recurrence);
        var time = recurrence.Time.ToString("HH:mm", CultureInfo.InvariantCulture);
        return recurrence.Frequency == RecurrenceFrequency.Monthly
            ? $"每月{recurrence.DayOfMonth}日 {time}"
            : $"每季度第{recurrence.MonthOfQuarter}个月{recurrence.DayOfMonth}日 {time}";
    }

    public static string PlanImpossible(string rhythm) => $"「{rhythm}」排不出日期，请换一个日期后重新发送。";

    public static string PlanSummary(string rhythm, MeetingKind kind, string? place, string? topic, string audience, IEnumerable<string> next) =>
        $"请确认定期安排：\n周期：{rhythm}\n类型：{KindName(kind)}\n地点：{place ?? NoPlace}\n主题：{topic ?? NoTopic}\n参加人员：{audience}\n" +
        $"最近几次：{string.Join("、", next)}\n确认后会自动创建每次会议并通知参会人员。";

    public static string PlanCreated(string rhythm, MeetingKind kind, IReadOnlyList<string> dates, Announcement announcement) =>
        $"已设定期安排：{rhythm} {KindName(kind)}。" +
        (dates.Count == 0 ? "近期还没有需要创建的会议，到时会自动创建。" : $"\n已创建 {dates.Count} 次会议：{string.Join("、", dates)}。\n" + WhoWasTold(announcement)) +
        "\n发送「定期安排」可查看或停止。";
}
