using BranchBot.Core.Broadcasts;
using BranchBot.Core.Delivery;
using BranchBot.Core.Meetings;
using BranchBot.Core.Notifications;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.Dialogs.Broadcasts;

/// <summary>
/// What members receive, and how a broadcast records its audience. The button values are chat commands that name
/// the broadcast, so a press is unambiguous even when several broadcasts are open.
/// </summary>
public sealed class BroadcastMessages(BranchClock clock) : IBroadcastNotices
{
    public const string AcknowledgeWord = "收到";
    public const string ReplyWord = "回复";

    /// <summary>Who signs a message whose author is no longer known.</summary>
    private const string UnknownAuthor = "党支部";

    public string RemovedMemberName => "（已移除的党员）";

    /// <summary>"广播12": how a broadcast is named in chat.</summary>
    public static string Name(int number) => $"广播{number}";

    public static string AcknowledgeValue(int number) => $"{AcknowledgeWord} {Name(number)}";

    public static string ReplyValue(int number) => $"{ReplyWord} {Name(number)}";

    public DeliveryMessage First(Broadcast broadcast, string? authorName)
    {
        ArgumentNullException.ThrowIfNull(broadcast);
        var footer = broadcast.RequiresAcknowledgement ? "\n\n请点「收到」确认；有问题可点「回复」。" : "\n\n有问题可点「回复」。";
        return new DeliveryMessage(
            $"【{(broadcast.OrganisationNumber is null ? "支部广播" : "党委通知")} #{broadcast.Number}】\n{MarkdownText.Escape(broadcast.Text)}\n—— {authorName ?? UnknownAuthor}{footer}",
            Buttons(broadcast));
    }

    public DeliveryMessage Reminder(Broadcast broadcast, string? authorName)
    {
        ArgumentNullException.ThrowIfNull(broadcast);
        return new DeliveryMessage(
            $"【催收 广播 #{broadcast.Number}】你还没有确认收到这条广播：\n{MarkdownText.Escape(broadcast.Text)}\n—— {authorName ?? UnknownAuthor}\n\n请点「收到」确认。",
            Buttons(broadcast));
    }

    public DeliveryMessage Resend(Broadcast broadcast, string? authorName)
    {
        var first = First(broadcast, authorName);
        return first with { Text = $"【补发】之前的发送可能没有送达，如已收到请忽略。\n{first.Text}" };
    }

    public string AudienceLabel(BroadcastAudience audience, Meeting? meeting = null)
    {
        ArgumentNullException.ThrowIfNull(audience);
        return audience.Kind switch
        {
            BroadcastAudienceKind.NotCheckedIn when meeting is not null => $"{MeetingTexts.Describe(meeting, clock)}未签到人员",
            BroadcastAudienceKind.NotAcknowledged when audience.BroadcastNumber is { } number => $"{Name(number)}未回执人员",
            _ => BroadcastPlanTexts.AudienceLabel(audience),
        };
    }

    private static List<DeliveryButton> Buttons(Broadcast broadcast)
    {
        var buttons = new List<DeliveryButton>();
        if (broadcast.RequiresAcknowledgement)
        {
            buttons.Add(new DeliveryButton(AcknowledgeWord, AcknowledgeValue(broadcast.Number)));
        }

        buttons.Add(new DeliveryButton(ReplyWord, ReplyValue(broadcast.Number)));
        return buttons;
    }
}
