namespace BranchBot.Core.Meetings;

/// <summary>Why a 台账 cannot be made. The front ends word it.</summary>
public abstract record ComplianceProblem
{
    /// <summary>A year outside <see cref="ComplianceService.FirstYear"/>..<see cref="ComplianceService.LastYear"/>.</summary>
    public sealed record YearOutOfRange(int Year) : ComplianceProblem;

    /// <summary>A quarter other than 1 to 4.</summary>
    public sealed record QuarterOutOfRange(int Quarter) : ComplianceProblem;
}
