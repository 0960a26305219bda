namespace BranchBot.Core.PartyDevelopment;

/// <summary>The five stages of 发展党员 (发展党员工作细则, 2014), and the end of a file without membership.</summary>
public enum DevelopmentStage
{
    Applicant = 0,
    Activist = 1,
    Candidate = 2,
    Probationary = 3,
    FullMember = 4,
    Disqualified = 5,
}
