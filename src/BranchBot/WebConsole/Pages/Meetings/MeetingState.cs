using BranchBot.Core.Meetings;

namespace BranchBot.WebConsole.Pages.Meetings;

/// <summary>A meeting's state as the 会议 pages name it.</summary>
internal static class MeetingState
{
    public static string Of(Meeting meeting, DateTimeOffset now) =>
        meeting.IsCancelled ? "已取消"
        : meeting.EndsAt <= now ? (meeting.Minutes is null ? "已召开（无记录）" : "已召开")
        : meeting.StartsAt <= now ? "进行中"
        : "待召开";
}
