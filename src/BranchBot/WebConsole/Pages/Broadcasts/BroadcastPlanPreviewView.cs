using BranchBot.Core.Broadcasts.Plans;
using BranchBot.Dialogs.Broadcasts;
using BranchBot.WebConsole.Html;

namespace BranchBot.WebConsole.Pages.Broadcasts;

/// <summary>
/// 预览 of a 定期广播: the rhythm, the next time and who it would reach today, then 确认创建定期广播 carrying the
/// form hidden and the preview's one-time id.
/// </summary>
internal static class BroadcastPlanPreviewView
{
    public static void Write(
        HtmlWriter html, BroadcastComposeForm form, BroadcastPlanDraft draft, BroadcastPlanPreview preview, string previewField, string csrfToken, TimeZoneInfo zone)
    {
        var (label, recipients, unreachable) = preview.Recipients;
        html.Element("h2", "预览定期广播")
            .Open("section", ("id", "preview"))
            .Open("table")
            .Open("tr").Element("th", "对象").Element("td", label).Close("tr")
            .Open("tr").Element("th", "发送规律").Element("td", BroadcastPlanTexts.Rhythm(draft.Recurrence), ("id", "rhythm-text")).Close("tr")
            .Open("tr").Element("th", "下次发送").Element("td", ConsoleFormat.DateTime(preview.NextOccurrence, zone), ("id", "next-occurrence")).Close("tr")
            .Open("tr").Element("th", "当前接收人数").Element("td", $"{recipients.Count} 人", ("id", "recipient-count")).Close("tr")
            .Open("tr").Element("th", "无法送达").Element("td", unreachable.Count == 0 ? "无" : $"{unreachable.Count} 人尚未通过聊天加入：{ConsoleFormat.Names(unreachable)}").Close("tr")
            .Open("tr").Element("th", "回执").Element("td", draft.RequiresAcknowledgement ? "需要成员点「收到」" : "不需要").Close("tr")
            .Close("table")
            .Element("div", draft.Text.Trim(), ("class", "broadcast-text"), ("id", "preview-text"))
            .Element("p", "每次按当时的名单发送，约提前一天半排成一条定时广播，可在广播列表中查看或撤回；停止后不再生成新的广播。", ("class", "muted"));
        if (recipients.Count == 0)
        {
            html.Element("p", $"「{label}」中没有可以发送的对象，请修改发送对象。", ("class", "problem")).Close("section");
            return;
        }

        html.Open("form", ("method", "post"), ("action", "/console/broadcasts/create-plan"), ("id", "send-form"))
            .Csrf(csrfToken)
            .Append(form.Hidden())
            .Open("input", ("type", "hidden"), ("name", previewField), ("value", Guid.NewGuid().ToString("N")))
            .Element("button", "确认创建定期广播", ("type", "submit"), ("id", "confirm"))
            .Close("form")
            .Close("section");
    }
}
