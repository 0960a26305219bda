using BranchBot.Core.Knowledge;
using static BranchBot.Tests.Knowledge.ShippedKnowledge;

namespace BranchBot.Tests.Knowledge;

/// <summary>
/// Facts of 党章.md and 发展党员工作细则.md that were wrong or missing (issue 12), checked against the regulation texts:
/// each entry says the corrected fact, and a member's own phrasing reaches it through the index.
/// </summary>
public class CharterAndRecruitmentFactsTests
{
    private const string Charter = "《中国共产党章程》";
    private const string RecruitmentRules = "《中国共产党发展党员工作细则》";

    [Theory]
    [InlineData("党员一定要编入党支部吗")]
    [InlineData("我可以不参加党小组会吗")]
    [InlineData("党员能不过组织生活吗")]
    public void Whether_a_member_must_belong_and_take_part_opens_with_words_that_fit_a_question_asked_either_way(string question)
    {
        // The answer opened "是的", which told "我可以不参加党小组会吗" yes and then the opposite.
        var result = ShippedIndex.Search(question);

        Assert.Equal(KnowledgeVerdict.Answered, result.Verdict);
        Assert.Equal("党员一定要编入党支部吗？", result.Answer!.Question);
        Assert.StartsWith("不能例外。", result.Answer.Answer, StringComparison.Ordinal);
        Assert.Equal("第八条", result.Answer.Source.Article);
    }

    [Fact]
    public void Conversion_to_full_member_is_decided_by_the_branch_meeting_and_approved_by_the_higher_organisation()
    {
        var entry = Entry("预备党员转正由谁决定？");

        Assert.Contains("上级党组织批准", entry.Answer, StringComparison.Ordinal);
        Assert.Equal(new KnowledgeSource(Charter, "第七条"), entry.Source);
        Reaches("转正是支部大会说了算吗", "预备党员转正由谁决定？", "预备党员转正、延长预备期要上级党组织批准吗？");
        Assert.Contains("上级党组织批准", Entry(Reached("转正是支部大会说了算吗")!).Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Approval_of_a_probationary_member_is_collective_and_never_by_one_person()
    {
        var entry = Entry("预备党员能由党委书记一个人拍板吗？");

        Assert.StartsWith("不能。", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("集体讨论", entry.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Cancelling_a_probationary_membership_also_needs_the_higher_organisations_approval()
    {
        var entry = Entry("预备党员会被取消资格吗？");

        Assert.Contains("上级党组织批准", entry.Answer, StringComparison.Ordinal);
        Assert.Equal(new KnowledgeSource(Charter, "第七条"), entry.Source);
        Reaches("预备党员表现不好会被取消吗", "预备党员会被取消资格吗？");
    }

    [Fact]
    public void The_branch_decision_on_extending_probation_is_not_final_without_approval()
    {
        var entry = Entry("预备党员转正由谁决定？");

        Assert.Contains("上级党组织批准", entry.Answer, StringComparison.Ordinal);
        Reaches("延长预备期支部大会自己定了就行吗", "预备党员转正由谁决定？");
    }

    [Fact]
    public void The_overall_recruitment_path_ends_with_the_higher_organisations_approval_of_conversion()
    {
        Assert.Contains("报上级党组织批准", Entry("入党的大致流程是怎样的？").Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Probationary_members_have_no_vote_and_cannot_elect_or_be_elected()
    {
        var entry = Entry("预备党员有没有表决权、选举权和被选举权？");

        Assert.StartsWith("没有", entry.Answer, StringComparison.Ordinal);
        Assert.Equal(new KnowledgeSource(Charter, "第七条"), entry.Source);
        Reaches("预备党员在支部大会上能投票吗", "预备党员有没有表决权、选举权和被选举权？");
        Reaches("预备党员能当支委吗", "预备党员有没有表决权、选举权和被选举权？");
    }

    [Fact]
    public void Party_standing_counts_from_conversion_not_from_the_start_of_probation()
    {
        var entry = Entry("党龄从什么时候开始算？");

        Assert.Contains("转为正式党员之日", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("预备期不计入党龄", entry.Answer, StringComparison.Ordinal);
        Assert.Equal(new KnowledgeSource(Charter, "第七条"), entry.Source);
        Reaches("党龄是从预备期开始算吗", "党龄从什么时候开始算？");
    }

    [Fact]
    public void Probation_counts_from_the_day_the_branch_meeting_passes_the_applicant()
    {
        Assert.Contains("支部大会通过", Entry("预备期从什么时候开始算？").Answer, StringComparison.Ordinal);
        Reaches("预备期是从党委批准那天算的吗", "预备期从什么时候开始算？");
    }

    [Fact]
    public void The_rights_entry_summarises_the_eight_rights_and_the_probationary_exception()
    {
        var entry = Entry("党员有哪些权利？");

        Assert.Contains("声明保留", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("申辩", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("预备党员除了没有表决权、选举权和被选举权", entry.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public void The_duties_entry_summarises_the_eight_duties()
    {
        var entry = Entry("党员有哪些义务？");

        Assert.Contains("保守秘密", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("服从组织分配", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("批评和自我批评", entry.Answer, StringComparison.Ordinal);
        Reaches("党员有没有义务保守党的秘密", "党员有义务保守党的秘密吗？");
    }

    [Fact]
    public void Admission_needs_more_than_half_of_those_expected_with_a_vote_in_favour()
    {
        var entry = Entry("党员大会表决怎样才算通过？");

        Assert.Contains("超过应到会有表决权的正式党员的半数", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("接收预备党员", entry.Answer, StringComparison.Ordinal);
        Reaches("接收预备党员要多少党员赞成才行", "党员大会表决怎样才算通过？");
    }

    [Fact]
    public void Approval_time_limits_and_the_general_branch_rule_cite_the_chapter_they_are_in()
    {
        // 第四章 预备党员的接收 (the 细则's 第二章 is 入党积极分子, 第三章 发展对象, 第五章 the 预备期 and 转正).
        Assert.Equal(new KnowledgeSource(RecruitmentRules, "第四章"), Entry("上级党委多长时间审批预备党员？").Source);
        Assert.Equal(new KnowledgeSource(RecruitmentRules, "第四章"), Entry("党总支可以审批预备党员吗？").Source);
        Assert.Equal(new KnowledgeSource(RecruitmentRules, "第四章"), Entry("接收预备党员怎么表决？").Source);
        Assert.Equal(new KnowledgeSource(RecruitmentRules, "第五章"), Entry("预备党员转正有哪些手续？").Source);
    }

    [Fact]
    public void The_application_goes_to_the_place_of_residence_when_there_is_no_work_or_study_unit()
    {
        Assert.Contains("居住地", Entry("没有工作单位的人怎么申请入党？").Answer, StringComparison.Ordinal);
        Reaches("我没上班想入党去哪交申请", "没有工作单位的人怎么申请入党？");
    }

    [Fact]
    public void The_application_form_is_handed_out_only_after_the_pre_examination()
    {
        Assert.Contains("预审合格之后", Entry("入党志愿书什么时候填？").Answer, StringComparison.Ordinal);
        Reaches("入党志愿书是不是预审通过才发", "入党志愿书什么时候填？");
    }

    [Fact]
    public void Political_review_is_required_and_ends_in_a_written_conclusion()
    {
        Assert.Contains("都不能发展入党", Entry("发展对象一定要进行政治审查吗？").Answer, StringComparison.Ordinal);
        Assert.Contains("结论性材料", Entry("政审要形成书面结论吗？").Answer, StringComparison.Ordinal);
        Reaches("不搞政审能不能发展入党", "发展对象一定要进行政治审查吗？");
    }

    private static void Reaches(string memberPhrasing, params string[] acceptableQuestions)
    {
        var reached = Reached(memberPhrasing);

        Assert.True(reached is not null && acceptableQuestions.Contains(reached), $"“{memberPhrasing}” → {reached}");
    }
}
