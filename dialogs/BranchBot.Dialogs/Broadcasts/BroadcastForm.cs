using System.Text.Json.Serialization;
using BranchBot.Core.Broadcasts;

namespace BranchBot.Dialogs.Broadcasts;

/// <summary>The broadcast being written, as far as it is known; kept in the dialog's state between turns.</summary>
public sealed record BroadcastForm
{
    public string? Text { get; init; }

    public BroadcastAudienceKind? AudienceKind { get; init; }

    public string? GroupName { get; init; }

    public string? MeetingId { get; init; }

    public int? EarlierNumber { get; init; }

    /// <summary>What the options of the last detail question stand for (meeting ids or broadcast numbers), by index.</summary>
    public IReadOnlyList<string>? DetailOptions { get; init; }

    public bool? RequiresAcknowledgement { get; init; }

    /// <summary>True for 定时: a time is asked for.</summary>
    public bool? Scheduled { get; init; }

    public DateTimeOffset? ScheduledAt { get; init; }

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
        new(Text ?? string.Empty, Audience ?? BroadcastAudience.Branch, RequiresAcknowledgement == true, Scheduled == true ? ScheduledAt : null);

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
