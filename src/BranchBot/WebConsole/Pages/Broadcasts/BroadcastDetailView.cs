using BranchBot.Core.Broadcasts;
using BranchBot.Dialogs.Broadcasts;
using BranchBot.WebConsole.Html;

namespace BranchBot.WebConsole.Pages.Broadcasts;

/// <summary>One broadcast: its text, counts, 催收/撤回/导出, and every recipient's delivery and 收到 (filterable).</summary>
internal static class BroadcastDetailView
{
    public const string NotReceivedFilter = "unreceived";
    public const string NotAcknowledgedFilter = "unacknowledged";

    public static void Write(HtmlWriter html, BroadcastDetail detail, string? filter, string csrfToken, DateTimeOffset now, TimeZoneInfo zone)
    {
        var (broadcast, author, counts, _, replies) = detail;
        html.Open("table", ("id", "broadcast"))
            .Open("tr").Element("th", "发送人").Element("td", author).Close("tr")
            .Open("tr").Element("th", "对象").Element("td", $"{broadcast.AudienceLabel}（{counts.Recipients} 人）").Close("tr")
            .Open("tr").Element("th", "写于").Element("td", ConsoleFormat.DateTime(broadcast.CreatedAt, zone)).Close("tr")
            .Open("tr").Element("th", broadcast.ScheduledAt is null ? "发送时间" : "定时发送").Element("td", ConsoleFormat.DateTime(broadcast.SendsAt, zone)).Close("tr")
            .Open("tr").Element("th", "状态").Element("td", State(broadcast, counts, now, zone)).Close("tr")
            .Open("tr").Element("th", "送达与回执").Element("td", BroadcastFormat.CountsLine(broadcast, counts), ("id", "counts")).Close("tr")
            .Close("table")
            .Element("div", broadcast.Text, ("class", "broadcast-text"), ("id", "broadcast-text"));

        WriteActions(html, broadcast, counts, csrfToken, now);
        WriteFilters(html, detail, filter);
        WriteRecipients(html, detail, filter, zone);

        html.Element("h2", $"回复（{replies.Count}）");
        if (replies.Count == 0)
        {
            html.Element("p", "还没有人回复。", ("class", "muted"));
            return;
        }

        html.Open("table", ("id", "replies")).Open("tr").Element("th", "时间").Element("th", "姓名").Element("th", "回复").Close("tr");
        foreach (var reply in replies)
        {
            html.Open("tr")
                .Element("td", ConsoleFormat.DateTime(reply.Reply.At, zone))
                .Element("td", reply.MemberName)
                .Element("td", reply.Reply.Text, ("class", "reply-text"))
                .Close("tr");
        }

        html.Close("table");
    }

    private static string State(Broadcast broadcast, BroadcastCounts counts, DateTimeOffset now, TimeZoneInfo zone)
    {
        var state = BroadcastFormat.State(broadcast, counts, now, zone);
        var extras = new List<string>();
        if (broadcast.Reminders > 0)
        {
            extras.Add($"已催收 {broadcast.Reminders} 次");
        }

        if (broadcast.Resends > 0)
        {
            extras.Add($"已补发 {broadcast.Resends} 次");
        }

        return extras.Count > 0 ? $"{state}（{string.Join("，", extras)}）" : state;
    }

    private static void WriteActions(HtmlWriter html, Broadcast broadcast, BroadcastCounts counts, string csrfToken, DateTimeOffset now)
    {
        var number = ConsoleFormat.Number(broadcast.Number);
        html.Open("div", ("class", "toolbar"), ("id", "actions"));
        if (broadcast.RequiresAcknowledgement && !broadcast.IsWithdrawn && broadcast.IsDue(now) && counts.Acknowledged < counts.Recipients)
        {
            html.Open("form", ("method", "post"), ("action", "/console/broadcasts/remind"), ("id", "remind-form"),
                    ("data-confirm", $"向 {counts.Recipients - counts.Acknowledged} 位未回执的同志再次发送这条广播？"))
                .Csrf(csrfToken)
                .Open("input", ("type", "hidden"), ("name", "n"), ("value", number))
                .Element("button", "催收（再次发送给未回执的人）", ("type", "submit"))
                .Close("form");
        }

        if (!broadcast.IsWithdrawn && broadcast.IsDue(now) && counts.Unknown + counts.Failed > 0)
        {
            html.Open("form", ("method", "post"), ("action", "/console/broadcasts/resend"), ("id", "resend-form"),
                    ("data-confirm", $"向状态不明或发送失败的 {counts.Unknown + counts.Failed} 位同志（以及已绑定账号的无法送达者）补发这条广播？状态不明的可能会收到两次。"))
                .Csrf(csrfToken)
                .Open("input", ("type", "hidden"), ("name", "n"), ("value", number))
                .Element("button", "补发（状态不明、发送失败的）", ("type", "submit"))
                .Close("form");
        }

        if (!broadcast.IsWithdrawn && counts.Pending > 0)
        {
            html.Open("form", ("method", "post"), ("action", "/console/broadcasts/withdraw"), ("id", "withdraw-form"),
                    ("data-confirm", "撤回后，尚未发出的消息都不再发送；已送达的无法收回。确定撤回吗？"))
                .Csrf(csrfToken)
                .Open("input", ("type", "hidden"), ("name", "n"), ("value", number))
                .Element("button", "撤回（取消尚未发出的）", ("type", "submit"), ("class", "secondary"))
                .Close("form");
        }

        html.Element("a", "导出接收情况（CSV）", ("class", "button secondary"), ("id", "export"), ("href", $"/console/broadcasts/export?n={number}"))
            .Close("div");
    }

    private static void WriteFilters(HtmlWriter html, BroadcastDetail detail, string? filter)
    {
        var link = BroadcastFormat.Link(detail.Broadcast.Number);
        html.Element("h2", "接收情况").Open("div", ("class", "toolbar filters"), ("id", "filters"));
        Filter(html, $"全部（{detail.Recipients.Count}）", link, filter is null);
        Filter(html, $"未送达（{detail.NotReceived.Count}）", $"{link}?show={NotReceivedFilter}", filter == NotReceivedFilter);
        if (detail.Broadcast.RequiresAcknowledgement)
        {
            Filter(html, $"未回执（{detail.NotAcknowledged.Count}）", $"{link}?show={NotAcknowledgedFilter}", filter == NotAcknowledgedFilter);
        }

        html.Close("div");
    }

    private static void Filter(HtmlWriter html, string label, string href, bool current) =>
        html.Element("a", label, ("href", href), ("class", current ? "button" : "button secondary"));

    private static void WriteRecipients(HtmlWriter html, BroadcastDetail detail, string? filter, TimeZoneInfo zone)
    {
        var shown = filter switch
        {
            NotReceivedFilter => detail.NotReceived,
            NotAcknowledgedFilter when detail.Broadcast.RequiresAcknowledgement => detail.NotAcknowledged,
            _ => detail.Recipients,
        };
        if (shown.Count == 0)
        {
            html.Element("p", filter is null ? "这条广播没有接收人。" : "没有符合条件的接收人。", ("class", "muted"));
            return;
        }

        var replies = detail.Replies.ToLookup(r => r.Reply.MemberId, StringComparer.Ordinal);
        html.Open("table", ("id", "recipients")).Open("tr")
            .Element("th", "姓名").Element("th", "送达状态").Element("th", "送达时间").Element("th", "回执").Element("th", "回复")
            .Close("tr");
        foreach (var recipient in shown)
        {
            html.Open("tr", ("data-member", recipient.MemberId))
                .Element("td", recipient.Name)
                .Element("td", BroadcastTexts.StateName(recipient.State), ("class", recipient.Received ? null : "gap"))
                .Element("td", recipient.DeliveredAt is { } delivered ? ConsoleFormat.DateTime(delivered, zone) : "—")
                .Element("td", Acknowledgement(detail.Broadcast, recipient, zone))
                .Element("td", string.Join("\n", replies[recipient.MemberId].Select(r => r.Reply.Text)) is { Length: > 0 } text ? text : "—", ("class", "reply-text"))
                .Close("tr");
        }

        html.Close("table");
    }

    public static string Acknowledgement(Broadcast broadcast, BroadcastRecipientStatus recipient, TimeZoneInfo zone) =>
        !broadcast.RequiresAcknowledgement ? "不需要"
        : recipient.AcknowledgedAt is { } at ? "已收到 " + ConsoleFormat.DateTime(at, zone)
        : "未回执";
}
