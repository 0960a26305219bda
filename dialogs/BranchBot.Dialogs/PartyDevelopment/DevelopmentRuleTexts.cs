using BranchBot.Core.PartyDevelopment;

namespace BranchBot.Dialogs.PartyDevelopment;

/// <summary>Each rule of the table in our own words, with the article (or chapter) of the 发展党员工作细则 it comes from.</summary>
public static class DevelopmentRuleTexts
{
    public static string Explain(DevelopmentRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var words = rule.Id switch
        {
            DevelopmentRuleId.TalkAfterApplication => "收到入党申请书后才安排谈话，党组织应在一个月内派人谈话",
            DevelopmentRuleId.ActivistAfterTalk => "先与申请人谈话，再经党员推荐、群团组织推优，由支委会研究确定入党积极分子并报上级党委备案",
            DevelopmentRuleId.ContactsAfterActivist => "确定为入党积极分子后，才为其指定培养联系人",
            DevelopmentRuleId.ContactsCount => "培养联系人由一至两名正式党员担任",
            DevelopmentRuleId.ReviewAfterActivist => "培养考察从确定为入党积极分子开始",
            DevelopmentRuleId.CandidateAfterOneYear => "入党积极分子经过一年以上培养教育和考察，才能由支委会讨论列为发展对象并报上级党委备案",
            DevelopmentRuleId.IntroducersAfterCandidate => "入党介绍人是为发展对象确定的",
            DevelopmentRuleId.IntroducersCount => "发展对象应有两名正式党员作入党介绍人",
            DevelopmentRuleId.PoliticalReviewAfterCandidate => "政治审查的对象是发展对象",
            DevelopmentRuleId.TrainingAfterCandidate => "短期集中培训针对发展对象，一般不少于三天或二十四个学时",
            DevelopmentRuleId.PreReviewNeedsPoliticalReview => "未经政治审查或审查不合格的，不能发展入党，应先完成政治审查再报预审",
            DevelopmentRuleId.PreReviewNeedsTraining => "未经短期集中培训的，一般不能发展入党，应先完成培训再报预审",
            DevelopmentRuleId.PublicityAfterCandidate => "公示在确定发展对象之后进行",
            DevelopmentRuleId.FormAfterPreReview => "基层党委预审合格后才发放入党志愿书",
            DevelopmentRuleId.MeetingNeedsForm => "经预审合格、填写入党志愿书后，才提交支部大会讨论",
            DevelopmentRuleId.MeetingNeedsIntroducers => "支部大会上要由两名入党介绍人介绍情况，应先确定入党介绍人",
            DevelopmentRuleId.MeetingQuorum => "讨论接收预备党员的支部大会，有表决权的到会人数必须超过应到会有表决权人数的半数",
            DevelopmentRuleId.MeetingMajority => "赞成人数超过应到会有表决权的正式党员的半数，才能通过决议",
            DevelopmentRuleId.CommitteeTalkAfterMeeting => "党委在审批前派人谈话，是在支部大会通过之后",
            DevelopmentRuleId.ApprovalAfterMeeting => "党委审批的是支部大会通过的接收决议，应先有支部大会",
            DevelopmentRuleId.ApprovalWithinSixMonths => "党委应在三个月内审批，特殊情况可延长，但不超过六个月",
            DevelopmentRuleId.OathAfterApproval => "预备党员面向党旗宣誓，在党委批准之后",
            DevelopmentRuleId.ProbationReviewAfterApproval => "预备期考察针对经党委批准的预备党员",
            DevelopmentRuleId.ConversionRequestAfterApproval => "转正申请由预备党员提出",
            DevelopmentRuleId.ConversionNeedsRequest => "转正要先由本人提出书面转正申请",
            DevelopmentRuleId.ConversionAfterProbation => "预备期为一年，从支部大会通过之日算起，期满才能讨论转正",
            DevelopmentRuleId.ExtensionAfterProbation => "延长预备期在预备期满时讨论决定",
            DevelopmentRuleId.ExtensionMonths => "延长预备期不能少于半年，最长不超过一年（请写明6至12个月）",
            DevelopmentRuleId.ExtensionOnce => "预备期只能延长一次",
            DevelopmentRuleId.DisqualificationOfProbationary => "取消资格针对的是预备党员",
            DevelopmentRuleId.ConversionApprovalAfterMeeting => "党委审批的是支部大会通过的转正决议，应先有支部大会讨论转正",
            DevelopmentRuleId.ExtensionApprovalAfterMeeting => "党委审批的是支部大会作出的延长预备期决议，应先记录「延长预备期」",
            DevelopmentRuleId.DisqualificationApprovalAfterMeeting => "党委审批的是支部大会作出的取消预备党员资格决议，应先记录「取消资格」",
            DevelopmentRuleId.ConversionAwaitsExtensionApproval => "支部大会已决定延长预备期，须报上级党委审批；党委批准或不批准延长之前，不能讨论转正，请先记录「党委审批延长预备期」",
            DevelopmentRuleId.DisqualificationAwaitsApproval => "支部大会已决定取消预备党员资格，须报上级党委审批；党委作出决定之前不能记录其他步骤，请先记录「党委审批取消资格」",
            DevelopmentRuleId.ApprovalNeedsCommitteeTalk => "党委审批前，应指派党委委员或组织员同发展对象谈话，请先记录「党委谈话」",
            DevelopmentRuleId.PublicityFiveWorkingDays => $"公示期满后才召开支部大会，公示通常不少于{DevelopmentRules.PublicityWorkingDays}个工作日（不含周末，遇法定节假日顺延）",
            DevelopmentRuleId.StepOnce => "这一步已经记录过了",
            DevelopmentRuleId.NotBeforeEarlierStep => "日期不能早于前一步骤的日期",
            _ => rule.Id.ToString(),
        };
        return rule.UsualPractice
            ? $"{words}（通常做法：《中国共产党发展党员工作细则》未规定具体天数）"
            : $"{words}（《中国共产党发展党员工作细则》{rule.Article}）";
    }
}
