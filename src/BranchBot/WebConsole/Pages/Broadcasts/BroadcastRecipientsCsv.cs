using System.Text;
using BranchBot.Core.Broadcasts;
using BranchBot.Core.Membership.Roster;
using BranchBot.Dialogs.Broadcasts;

namespace BranchBot.WebConsole.Pages.Broadcasts;

/// <summary>
/// A broadcast's per-recipient status as CSV for Excel: UTF-8 with a byte-order mark, like the roster export. Members
/// type replies, so every cell goes through <see cref="Csv.TextCell"/> and a reply starting like a formula stays text.
/// </summary>
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
                    Csv.TextCell(recipient.Name),
                    Csv.TextCell(BroadcastTexts.StateName(recipient.State)),
                    Csv.TextCell(recipient.DeliveredAt is { } delivered ? ConsoleFormat.DateTime(delivered, zone) : string.Empty),
                    Csv.TextCell(acknowledged),
                    Csv.TextCell(recipient.AcknowledgedAt is { } at ? ConsoleFormat.DateTime(at, zone) : string.Empty),
                    Csv.TextCell(string.Join("\n", replies[recipient.MemberId].Select(r => r.Reply.Text))))
                .Append('\n');
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}
