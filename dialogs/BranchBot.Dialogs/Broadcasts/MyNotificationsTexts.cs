using System.Text;
using BranchBot.Core.Broadcasts;
using BranchBot.Core.Notifications;

namespace BranchBot.Dialogs.Broadcasts;

/// <summary>What 我的通知 says.</summary>
internal static class MyNotificationsTexts
{
    public const string None = "你最近没有收到广播通知。";

    public static string List(IReadOnlyList<ReceivedBroadcast> received, Func<DateTimeOffset, DateTimeOffset> toLocal)
    {
        var builder = new StringBuilder("你最近收到的通知（最新的在前）：");
        foreach (var item in received)
        {
            var b = item.Broadcast;
            builder.Append('\n').Append(BroadcastMessages.Name(b.Number)).Append(' ').Append(BroadcastTexts.When(toLocal(b.SendsAt)))
                .Append(' ').Append(item.AuthorName ?? "党支部").Append(' ').Append(State(item))
                .Append("\n   「").Append(MarkdownText.Escape(BroadcastTexts.Excerpt(b.Text, 40))).Append('」');
        }

        if (received.Any(r => r.AwaitsAcknowledgement))
        {
            builder.Append("\n未回执的通知，请阅读后点「收到」或发送「收到 广播编号」。");
        }

        return builder.ToString();
    }

    // A broadcast that asked for a receipt says whether the member gave it (a 回复 counts as one), not merely 已读.
    private static string State(ReceivedBroadcast item) => item switch
    {
        { AwaitsAcknowledgement: true } => "【未回执】",
        { Broadcast.RequiresAcknowledgement: true, Acknowledged: true, Replied: true } => "【已回执·已回复】",
        { Broadcast.RequiresAcknowledgement: true, Acknowledged: true } => "【已回执】",
        { Broadcast.RequiresAcknowledgement: true } => "【已回复·视为已收到】",
        { Replied: true } => "【已读·已回复】",
        _ => "【已读·无需回执】",
    };
}
