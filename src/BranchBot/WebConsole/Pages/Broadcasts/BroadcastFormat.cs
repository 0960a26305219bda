using BranchBot.Core.Broadcasts;
using BranchBot.Dialogs.Broadcasts;

namespace BranchBot.WebConsole.Pages.Broadcasts;

/// <summary>How the console names a broadcast, its state and its counts (the chat's wording where there is one).</summary>
internal static class BroadcastFormat
{
    public static string Link(int number) => "/console/broadcasts/" + ConsoleFormat.Number(number);

    public static string Title(int number) => BroadcastTexts.Title(number);

    /// <summary>已撤回, 定时 …, 发送中 or 已发送.</summary>
    public static string State(Broadcast broadcast, BroadcastCounts counts, DateTimeOffset now, TimeZoneInfo zone) =>
        broadcast.IsWithdrawn ? "已撤回"
        : !broadcast.IsDue(now) ? $"定时 {ConsoleFormat.DateTime(broadcast.SendsAt, zone)}"
        : counts.Pending > 0 ? "发送中"
        : "已发送";

    public static string Acknowledgements(Broadcast broadcast, BroadcastCounts counts) =>
        broadcast.RequiresAcknowledgement ? $"{counts.Acknowledged}/{counts.Recipients}" : "不需要";

    /// <summary>One line with every count, for 总览 and the detail heading.</summary>
    public static string CountsLine(Broadcast broadcast, BroadcastCounts counts)
    {
        var line = $"已送达 {counts.Sent}/{counts.Recipients} · 待发送 {counts.Pending} · 失败 {counts.Failed} · 无法送达 {counts.Unreachable} · 状态不明 {counts.Unknown}";
        if (counts.Cancelled > 0)
        {
            line += $" · 已撤回 {counts.Cancelled}";
        }

        line += broadcast.RequiresAcknowledgement ? $" · 已回执 {counts.Acknowledged}/{counts.Recipients}" : " · 不需要回执";
        return counts.Replies > 0 ? line + $" · 回复 {counts.Replies}" : line;
    }
}
