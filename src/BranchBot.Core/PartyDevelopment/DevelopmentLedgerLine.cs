namespace BranchBot.Core.PartyDevelopment;

/// <summary>One file as the 台账 shows it: its stage, next step and what it waits for.</summary>
public sealed record DevelopmentLedgerLine(DevelopmentRecord Record, NextStep? Next, IReadOnlyList<DevelopmentDue> Due)
{
    /// <summary>The 政审 date when it is more than a year before the 支部大会 (or today): shown, not enforced.</summary>
    public DateOnly? PoliticalReviewOverAYearOld { get; init; }

    public DevelopmentStage Stage => Record.Stage;

    public bool Overdue => Due.Any(d => d.Overdue);
}

/// <summary>What the person themself sees: their stage and what comes next, nothing else of the file.</summary>
public sealed record OwnDevelopmentProgress(string Name, DevelopmentStage Stage, NextStep? Next);
