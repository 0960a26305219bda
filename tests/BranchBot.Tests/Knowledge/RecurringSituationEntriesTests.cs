using BranchBot.Core.Knowledge;

namespace BranchBot.Tests.Knowledge;

/// <summary>
/// Situations asked as not covered in several of writer-questions-10…15 (issue 12, helper-as, docs/benchmarks.md
/// "Recurring uncovered situations"): how many members a 党小组 has, whether a 预备党员 takes part in 组织生活 and
/// 民主评议, and how many missed meetings lead to being dealt with. Wordings in no part; each was declined before its entry.
/// </summary>
public class RecurringSituationEntriesTests
{
    [Theory]
    [InlineData("党小组一般多少个党员", "党小组的人数有规定吗？")]
    [InlineData("一个党小组有几名党员合适", "党小组的人数有规定吗？")]
    [InlineData("预备党员要不要参加组织生活会", "预备党员要参加组织生活会吗？")]
    [InlineData("预备党员需要参加民主评议吗", "预备党员要参加组织生活会吗？")]
    [InlineData("一年里缺几次组织生活要挨处理", "一年缺几次组织生活会被处理？")]
    public void The_situation_is_answered_by_its_own_entry(string question, string expected)
    {
        var result = ShippedKnowledge.ShippedIndex.Search(question);

        Assert.Equal(KnowledgeVerdict.Answered, result.Verdict);
        Assert.Equal(expected, result.Answers[0].Question);
    }

    [Fact]
    public void The_group_size_says_the_regulation_sets_none_and_marks_the_number_as_practice()
    {
        var entry = ShippedKnowledge.ShippedIndex.Search("党小组一般多少个党员").Answers[0];

        Assert.StartsWith("条例没有规定党小组的人数", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("各地常见做法", entry.Source.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Missed_meetings_name_the_only_counted_line_the_charter_draws()
    {
        var entry = ShippedKnowledge.ShippedIndex.Search("组织生活缺了几次会被处理").Answers[0];

        Assert.Contains("连续六个月", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("第九条", entry.Source.ToString(), StringComparison.Ordinal);
    }
}
