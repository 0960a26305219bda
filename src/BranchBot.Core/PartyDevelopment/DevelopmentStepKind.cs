namespace BranchBot.Core.PartyDevelopment;

/// <summary>The steps of a 发展党员 file, in the order the 细则 sets them out. Stored by name: never renumber.</summary>
public enum DevelopmentStepKind
{
    Application = 0,
    ApplicationTalk = 1,
    Activist = 2,
    Contacts = 3,
    ActivistReview = 4,
    Candidate = 5,
    Introducers = 6,
    PoliticalReview = 7,
    Training = 8,
    PreReview = 9,
    Publicity = 10,
    VolunteerForm = 11,
    BranchMeeting = 12,
    CommitteeTalk = 13,
    Approval = 14,
    Oath = 15,
    ProbationReview = 16,
    ConversionRequest = 17,
    Conversion = 18,
    Extension = 19,
    Disqualification = 20,

    /// <summary>The 党委's approval of the 支部大会's 转正 resolution; only then is the person a 正式党员.</summary>
    ConversionApproval = 21,

    /// <summary>The 党委's approval of the 支部大会's decision to extend the 预备期 (第三十二条).</summary>
    ExtensionApproval = 22,

    /// <summary>The 党委's approval of the 支部大会's decision to cancel the 预备党员资格; only then does the file close (第三十二条).</summary>
    DisqualificationApproval = 23,
}
