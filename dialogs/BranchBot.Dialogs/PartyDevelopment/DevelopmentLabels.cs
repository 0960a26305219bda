using BranchBot.Core.PartyDevelopment;

namespace BranchBot.Dialogs.PartyDevelopment;

/// <summary>The Chinese names of stages, steps and due items, and the words people use for each step (chat, nudges, console, export).</summary>
public static class DevelopmentLabels
{
    public static string Stage(DevelopmentStage stage) => stage switch
    {
        DevelopmentStage.Applicant => "入党申请人",
        DevelopmentStage.Activist => "入党积极分子",
        DevelopmentStage.Candidate => "发展对象",
        DevelopmentStage.Probationary => "预备党员",
        DevelopmentStage.FullMember => "正式党员",
        DevelopmentStage.Disqualified => "已取消预备党员资格",
        _ => stage.ToString(),
    };

    public static string Step(DevelopmentStepKind kind) => kind switch
    {
        DevelopmentStepKind.Application => "递交入党申请书",
        DevelopmentStepKind.ApplicationTalk => "申请人谈话",
        DevelopmentStepKind.Activist => "确定入党积极分子",
        DevelopmentStepKind.Contacts => "指定培养联系人",
        DevelopmentStepKind.ActivistReview => "培养考察",
        DevelopmentStepKind.Candidate => "确定发展对象",
        DevelopmentStepKind.Introducers => "确定入党介绍人",
        DevelopmentStepKind.PoliticalReview => "政治审查",
        DevelopmentStepKind.Training => "短期集中培训",
        DevelopmentStepKind.PreReview => "基层党委预审",
        DevelopmentStepKind.Publicity => "公示",
        DevelopmentStepKind.VolunteerForm => "填写入党志愿书",
        DevelopmentStepKind.BranchMeeting => "支部大会讨论接收",
        DevelopmentStepKind.CommitteeTalk => "党委派人谈话",
        DevelopmentStepKind.Approval => "党委审批",
        DevelopmentStepKind.Oath => "入党宣誓",
        DevelopmentStepKind.ProbationReview => "预备期考察",
        DevelopmentStepKind.ConversionRequest => "提交转正申请",
        DevelopmentStepKind.Conversion => "支部大会讨论转正",
        DevelopmentStepKind.ConversionApproval => "党委审批转正",
        DevelopmentStepKind.Extension => "延长预备期",
        DevelopmentStepKind.ExtensionApproval => "党委审批延长预备期",
        DevelopmentStepKind.Disqualification => "取消预备党员资格",
        DevelopmentStepKind.DisqualificationApproval => "党委审批取消资格",
        _ => kind.ToString(),
    };

    public static string Due(DevelopmentDueKind kind) => kind switch
    {
        DevelopmentDueKind.ApplicationTalk => "收到申请书一个月内谈话",
        DevelopmentDueKind.HalfYearReview => "半年一次培养考察",
        DevelopmentDueKind.CandidateEligible => "满一年，可研究确定发展对象",
        DevelopmentDueKind.Approval => "党委三个月内审批",
        DevelopmentDueKind.ProbationEnds => "预备期满，讨论转正",
        DevelopmentDueKind.ExtensionEnds => "延长的预备期满，讨论转正或取消资格",
        DevelopmentDueKind.ConversionApproval => "党委三个月内审批转正",
        DevelopmentDueKind.ProbationReview => "半年一次预备期考察",
        _ => kind.ToString(),
    };

    /// <summary>The words for each step, longest first when read (「预备期考察」 before 「考察」, 「转正申请」 before 「转正」).</summary>
    public static readonly IReadOnlyList<(string Word, DevelopmentStepKind Kind)> StepWords = new (string, DevelopmentStepKind)[]
    {
        ("入党申请书", DevelopmentStepKind.Application), ("入党申请", DevelopmentStepKind.Application),
        ("申请人谈话", DevelopmentStepKind.ApplicationTalk), ("申请谈话", DevelopmentStepKind.ApplicationTalk), ("谈话", DevelopmentStepKind.ApplicationTalk),
        ("确定为入党积极分子", DevelopmentStepKind.Activist), ("确定为积极分子", DevelopmentStepKind.Activist), ("确定积极分子", DevelopmentStepKind.Activist),
        ("入党积极分子", DevelopmentStepKind.Activist), ("积极分子", DevelopmentStepKind.Activist),
        ("培养联系人", DevelopmentStepKind.Contacts), ("联系人", DevelopmentStepKind.Contacts),
        ("培养考察", DevelopmentStepKind.ActivistReview), ("半年考察", DevelopmentStepKind.ActivistReview), ("考察", DevelopmentStepKind.ActivistReview),
        ("确定为发展对象", DevelopmentStepKind.Candidate), ("确定发展对象", DevelopmentStepKind.Candidate), ("发展对象", DevelopmentStepKind.Candidate),
        ("入党介绍人", DevelopmentStepKind.Introducers), ("介绍人", DevelopmentStepKind.Introducers),
        ("政治审查", DevelopmentStepKind.PoliticalReview), ("政审", DevelopmentStepKind.PoliticalReview),
        ("短期集中培训", DevelopmentStepKind.Training), ("集中培训", DevelopmentStepKind.Training), ("培训", DevelopmentStepKind.Training),
        ("预审", DevelopmentStepKind.PreReview),
        ("公示", DevelopmentStepKind.Publicity),
        ("入党志愿书", DevelopmentStepKind.VolunteerForm), ("志愿书", DevelopmentStepKind.VolunteerForm),
        ("支部大会", DevelopmentStepKind.BranchMeeting), ("接收预备党员", DevelopmentStepKind.BranchMeeting),
        ("党委谈话", DevelopmentStepKind.CommitteeTalk), ("组织员谈话", DevelopmentStepKind.CommitteeTalk),
        ("党委审批", DevelopmentStepKind.Approval), ("审批", DevelopmentStepKind.Approval), ("党委批准", DevelopmentStepKind.Approval),
        ("入党宣誓", DevelopmentStepKind.Oath), ("宣誓", DevelopmentStepKind.Oath),
        ("预备期考察", DevelopmentStepKind.ProbationReview),
        ("转正申请", DevelopmentStepKind.ConversionRequest),
        ("支部大会讨论转正", DevelopmentStepKind.Conversion), ("转为正式党员", DevelopmentStepKind.Conversion), ("转正", DevelopmentStepKind.Conversion),
        ("党委审批转正", DevelopmentStepKind.ConversionApproval), ("转正审批", DevelopmentStepKind.ConversionApproval), ("批准转正", DevelopmentStepKind.ConversionApproval),
        ("延长预备期", DevelopmentStepKind.Extension), ("延长", DevelopmentStepKind.Extension),
        ("党委审批延长预备期", DevelopmentStepKind.ExtensionApproval), ("延长预备期审批", DevelopmentStepKind.ExtensionApproval), ("批准延长预备期", DevelopmentStepKind.ExtensionApproval),
        ("取消预备党员资格", DevelopmentStepKind.Disqualification), ("取消资格", DevelopmentStepKind.Disqualification),
        ("党委审批取消资格", DevelopmentStepKind.DisqualificationApproval), ("取消资格审批", DevelopmentStepKind.DisqualificationApproval), ("批准取消资格", DevelopmentStepKind.DisqualificationApproval),
    }.OrderByDescending(w => w.Item1.Length).ToList();

    /// <summary>The step a choice button or a word names, or null.</summary>
    public static DevelopmentStepKind? StepNamed(string text)
    {
        var trimmed = (text ?? string.Empty).Trim();
        foreach (var kind in Enum.GetValues<DevelopmentStepKind>())
        {
            if (Step(kind) == trimmed)
            {
                return kind;
            }
        }

        return StepWords.FirstOrDefault(w => w.Word == trimmed) is { Word: not null } found ? found.Kind : null;
    }
}
