using System.Text.Json.Serialization;
using BranchBot.Core.Broadcasts;
using BranchBot.Core.Broadcasts.Plans;
using BranchBot.Core.Meetings;

namespace BranchBot.Dialogs.Broadcasts;

/// <summary>The broadcast being written, as far as it is known; kept in the dialog's state between turns.</summary>
public sealed record BroadcastForm
{
    public string? Text { get; init; }

    public BroadcastAudienceKind? AudienceKind { get; init; }

    public string? GroupName { get; init; }

    public string? MeetingId { get; init; }

    public int? EarlierNumber { get; init; }

    /// <summary>What the buttons of the last detail question stand for (group names, meeting ids or broadcast numbers), by index.</summary>
    public IReadOnlyList<string>? DetailOptions { get; init; }

    public bool? RequiresAcknowledgement { get; init; }

    /// <summary>The words in the text that asked members for a receipt ("收到请回复"), when the 回执 was read from them.</summary>
    public string? ReceiptAskedInText { get; init; }

    /// <summary>True for 定时: a time is asked for.</summary>
    public bool? Scheduled { get; init; }

    public DateTimeOffset? ScheduledAt { get; init; }

    /// <summary>True for 定期发送: a rhythm is asked for and 确认 creates a 定期广播 plan.</summary>
    public bool? Recurring { get; init; }

    public Recurrence? Recurrence { get; init; }

    /// <summary>
    /// The form with this text; a text that itself asks members to confirm ("收到请回复") answers the 回执 question
    /// with yes unless the 书记 has answered it (the preview says so, and 修改 changes it).
    /// </summary>
    public BroadcastForm WithText(string text)
    {
        if (RequiresAcknowledgement is not null && ReceiptAskedInText is null)
        {
            return this with { Text = text };
        }

        return BroadcastReceiptClause.AskedOfMembers(text) is not { } asked
            ? this with { Text = text, RequiresAcknowledgement = null, ReceiptAskedInText = null }
            : this with { Text = text, RequiresAcknowledgement = true, ReceiptAskedInText = asked };
    }

    /// <summary>
    /// Issued with each preview: the broadcast's source key, or the 定期广播 plan's id. A 确认 that arrives again (the
    /// reply to the first failed, so the dialog still shows the preview) gets what the first one made, not a second.
    /// </summary>
    public string? PreviewKey { get; init; }

    /// <summary>Whether 定期发送 may be offered: only for the branch, the committee or a group.</summary>
    [JsonIgnore]
    public bool MayRecur => AudienceKind is { } kind && BroadcastPlan.MayRecur(kind);

    [JsonIgnore]
    public bool AudienceComplete => AudienceKind switch
    {
        null => false,
        BroadcastAudienceKind.Group => GroupName is not null,
        BroadcastAudienceKind.NotCheckedIn => MeetingId is not null,
        BroadcastAudienceKind.NotAcknowledged => EarlierNumber is not null,
        _ => true,
    };

    [JsonIgnore]
    public BroadcastAudience? Audience => AudienceKind switch
    {
        BroadcastAudienceKind.Branch => BroadcastAudience.Branch,
        BroadcastAudienceKind.Committee => BroadcastAudience.Committee,
        BroadcastAudienceKind.Group when GroupName is not null => BroadcastAudience.Group(GroupName),
        BroadcastAudienceKind.NotCheckedIn when MeetingId is not null => BroadcastAudience.NotCheckedIn(MeetingId),
        BroadcastAudienceKind.NotAcknowledged when EarlierNumber is { } number => BroadcastAudience.NotAcknowledged(number),
        _ => null,
    };

    public BroadcastDraft ToDraft() =>
        new(Text ?? string.Empty, Audience ?? BroadcastAudience.Branch, RequiresAcknowledgement == true, Scheduled == true ? ScheduledAt : null, PreviewKey);

    public BroadcastPlanDraft ToPlanDraft() =>
        new(Text ?? string.Empty, Audience ?? BroadcastAudience.Branch, RequiresAcknowledgement == true, Recurrence!, PreviewKey);

    /// <summary>A fresh source key for a broadcast preview.</summary>
    public static string NewBroadcastKey() => "chat-preview:" + Guid.NewGuid().ToString("N");

    public BroadcastForm WithoutTiming() => this with { Scheduled = null, ScheduledAt = null, Recurring = null, Recurrence = null };

    public BroadcastForm WithoutAudience() =>
        this with { AudienceKind = null, GroupName = null, MeetingId = null, EarlierNumber = null, DetailOptions = null };

    public static BroadcastAudienceKind? AudienceKindOf(string choice) => choice switch
    {
        BroadcastTexts.AudienceBranch => BroadcastAudienceKind.Branch,
        BroadcastTexts.AudienceCommittee => BroadcastAudienceKind.Committee,
        BroadcastTexts.AudienceGroup => BroadcastAudienceKind.Group,
        BroadcastTexts.AudienceNotCheckedIn => BroadcastAudienceKind.NotCheckedIn,
        BroadcastTexts.AudienceNotAcknowledged => BroadcastAudienceKind.NotAcknowledged,
        _ => null,
    };
}
