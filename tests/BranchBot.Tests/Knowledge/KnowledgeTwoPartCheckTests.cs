using BranchBot.Core.Knowledge;

namespace BranchBot.Tests.Knowledge;

/// <summary>
/// Half-wrong two-part answers (docs/benchmarks.md, "Choice questions, ask kinds and half-wrong two-part answers"): a
/// part's entry must hold what that part and the first part name (<see cref="KnowledgeNamedTerms"/>: 留党察看, 培养联系人 …);
/// when one part's entry does not, only the sure half is answered. Checked on the shipped knowledge base.
/// </summary>
public class KnowledgeTwoPartCheckTests
{
    private static readonly KnowledgeIndex WithoutCheck = new(ShippedKnowledge.Entries, null, KnowledgeTokenizer.Terms, null, KnowledgeTwoParts.BothAlways, carrySubject: false);

    [Theory]
    [InlineData("留党察看的人有没有投票权 还用交党费吗", "留党察看期间有没有选举权？")]
    [InlineData("培养联系人一般安排几个？必须是正式党员吗", "入党积极分子的培养联系人有几个？")]
    [InlineData("预备期多长 期间能投票吗", "预备期是多长时间？")] // 预备期 names 预备党员: the 留党察看 entry's "期间" answers another question
    public void A_part_whose_entry_lacks_what_the_line_names_is_left_unanswered_and_the_sure_half_is_answered(string question, string sureHalf)
    {
        var before = WithoutCheck.Search(question);
        var after = ShippedKnowledge.ShippedIndex.Search(question);

        Assert.Equal(2, before.Answers.Count);
        Assert.Equal([sureHalf], after.Answers.Select(e => e.Question));
        Assert.Equal(2, after.Parts.Count);
        Assert.Single(after.Parts, p => p.Verdict != KnowledgeVerdict.Answered);
    }

    [Theory]
    [InlineData("党课一年要上几次，是不是必须书记讲")]
    [InlineData("对处分不服可以申诉吗 找谁申诉")]
    public void Two_parts_whose_entries_hold_what_they_name_are_both_answered(string question)
    {
        var before = WithoutCheck.Search(question).Answers.Select(e => e.Question).ToList();
        var after = ShippedKnowledge.ShippedIndex.Search(question).Answers.Select(e => e.Question).ToList();

        Assert.Equal(2, after.Count);
        Assert.Equal(before, after);
    }
}
