using System.Text;
using BranchBot.Core.Broadcasts;
using BranchBot.Core.Membership.Roster;
using BranchBot.Dialogs.Broadcasts;

namespace BranchBot.WebConsole.Pages.Broadcasts;

/// <summary>A broadcast's per-recipient status as CSV for Excel: UTF-8 with a byte-order mark, like the roster export.</summary>
internal static class BroadcastRecipientsCsv
{
    public const string Header = "姓名,送达状态,送达时间,回执,回执时间,回复";

    public static byte[] Write(BroadcastDetail detail, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(detail);
        var replies = detail.Replies.ToLookup(r => r.Reply.MemberId, StringComparer.Ordinal);
        var text = new StringBuilder().Append(Header).Append('\n');
        foreach (var recipient in detail.Recipients)
        {
            var acknowledged = !detail.Broadcast.RequiresAcknowledgement ? "不需要" : recipient.Acknowledged ? "已收到" : "未回执";
            text.AppendJoin(',',
                    Cell(recipient.Name),
                    Cell(BroadcastTexts.StateName(recipient.State)),
                    Cell(recipient.DeliveredAt is { } delivered ? ConsoleFormat.DateTime(delivered, zone) : string.Empty),
                    Cell(acknowledged),
                    Cell(recipient.AcknowledgedAt is { } at ? ConsoleFormat.DateTime(at, zone) : string.Empty),
                    Cell(string.Join("\n", replies[recipient.MemberId].Select(r => r.Reply.Text))))
                .Append('\n');
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>Members type replies; a cell starting like a formula is kept as text so Excel never evaluates it.</summary>
    private static string Cell(string value) =>
        Csv.Escape(value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value);
}
