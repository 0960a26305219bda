using BranchBot.Core.Talks;

namespace BranchBot.Dialogs.Talks;

/// <summary>What the guided 记录谈心 has collected so far; a problem is said before the question is asked again.</summary>
public sealed record TalkEntryForm
{
    public string? Partner { get; init; }

    public DateOnly? Date { get; init; }

    public TalkForm? Form { get; init; }

    public string? Topics { get; init; }

    public string? Issues { get; init; }

    /// <summary>Issues were answered; <see cref="Issues"/> stays null when the answer was 跳过 or 无.</summary>
    public bool IssuesAsked { get; init; }

    public string? FollowUp { get; init; }

    /// <summary>Follow-up was answered; <see cref="FollowUp"/> stays null when the answer was 跳过 or 无.</summary>
    public bool FollowUpAsked { get; init; }

    public string? Problem { get; init; }

    /// <summary>The record's id, issued with the summary, so a 确认 that arrives twice records one talk (see <see cref="TalkEntry.Id"/>).</summary>
    public string? RecordId { get; init; }
}
