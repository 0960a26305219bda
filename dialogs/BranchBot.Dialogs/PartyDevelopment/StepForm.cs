using BranchBot.Core.PartyDevelopment;

namespace BranchBot.Dialogs.PartyDevelopment;

/// <summary>What a 记录 message gave so far; the dialog asks for the parts still missing.</summary>
public sealed record StepForm
{
    public string? Name { get; init; }

    public DevelopmentStepKind? Kind { get; init; }

    public DateOnly? Date { get; init; }

    /// <summary>Text that looked like a date but could not be read: asked back.</summary>
    public string? UnreadableDate { get; init; }

    public string? Note { get; init; }

    public List<string> People { get; init; } = [];

    public int? ExtensionMonths { get; init; }

    public BranchMeetingVote? Vote { get; init; }

    /// <summary>「例外」 was written; <see cref="ExceptionReason"/> is what followed it (possibly nothing yet).</summary>
    public bool IsException { get; init; }

    public string? ExceptionReason { get; init; }

    public bool NeedsPeople => Kind is DevelopmentStepKind.Contacts or DevelopmentStepKind.Introducers && People.Count == 0;

    public bool NeedsMonths => Kind == DevelopmentStepKind.Extension && ExtensionMonths is null;

    public StepEntry ToEntry(string? exceptionReason) => new(Kind!.Value, Date!.Value)
    {
        Note = Note,
        People = People,
        ExtensionMonths = ExtensionMonths,
        Vote = Vote,
        ExceptionReason = exceptionReason,
    };
}
