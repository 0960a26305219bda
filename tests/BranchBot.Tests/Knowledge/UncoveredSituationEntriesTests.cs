using BranchBot.Core.Knowledge;

namespace BranchBot.Tests.Knowledge;

/// <summary>
/// Situations members ask in several tuning parts that no entry answered (issue 12, helper-ap, docs/benchmarks.md
/// "Uncovered situations, situation words and a seventeenth part"): whether a member on leave counts towards 应到会人数,
/// 政审 against 预审, whether joining needs an exam, a 预备党员 as 党小组长, and non-members of the committee sitting in on
/// 支委会. Wordings in no part; each was declined or answered with a neighbour before its entry.
/// </summary>
public class UncoveredSituationEntriesTests
{
    [Theory]
    [InlineData("支部大会请假的党员算不算应到人数", "请假没来开会的党员算不算应到会人数？")]
    [InlineData("请了假的人要不要算进应到会人数", "请假没来开会的党员算不算应到会人数？")]
    [InlineData("预审和政审有啥区别", "政审和预审有什么区别？")]
    [InlineData("政审在前还是预审在前", "政审和预审有什么区别？")]
    [InlineData("预备党员可以做党小组长不", "预备党员能当党小组长吗？")]
    [InlineData("入党前还得考试吗", "入党要考试吗？")]
    [InlineData("不是支委的党员能列席支委会吗", "支委会能请不是支委的党员列席吗？")]
    public void The_situation_is_answered_by_its_own_entry(string question, string expected)
    {
        var result = ShippedKnowledge.ShippedIndex.Search(question);

        Assert.Equal(KnowledgeVerdict.Answered, result.Verdict);
        Assert.Equal(expected, result.Answers[0].Question);
    }

    [Fact]
    public void A_member_on_leave_still_counts_and_the_answer_says_which_cases_may_not()
    {
        var entry = ShippedKnowledge.ShippedIndex.Search("请假的党员算不算应到会人数").Answers[0];

        Assert.StartsWith("算。", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("上级党组织同意", entry.Answer, StringComparison.Ordinal);
        Assert.True(entry.Source.IsCommonPractice);
    }

    [Fact]
    public void No_unified_entry_exam_is_said_and_the_exam_is_marked_as_practice()
    {
        var entry = ShippedKnowledge.ShippedIndex.Search("入党前还得考试吗").Answers[0];

        Assert.Contains("没有规定入党要通过统一考试", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("各地", entry.Source.ToString(), StringComparison.Ordinal);
    }
}
