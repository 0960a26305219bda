using BranchBot.Core.Knowledge;
using static BranchBot.Tests.Knowledge.ShippedKnowledge;

namespace BranchBot.Tests.Knowledge;

/// <summary>
/// Neighbours told apart by a phrasing (docs/benchmarks.md, "The answer gate and the asked clause"): dues left unpaid and
/// paid in one go are 补交, not 预交 or paying by the quarter; a 主题党日 outing (爬山, 郊游) is the outing entry, not the one
/// about moving the day for a holiday; how long one is 预备党员 is the 预备期, not how long the 党委 takes to approve
/// (helper-ai, writer-questions-13); what 流动党员 means is its own entry, not 一方隶属. Members' wordings unlike the phrasings added, declined before them.
/// </summary>
public class NeighbourPhrasingTests
{
    [Theory]
    [InlineData("我出国两个月没交党费 回来能一次补交吗", "党费最多可以补交几个月？")]
    [InlineData("主题党日带大家去爬山行不行", "主题党日能组织去外地参观游玩吗？")]
    [InlineData("这个月主题党日组织去郊游可以吗", "主题党日能组织去外地参观游玩吗？")]
    [InlineData("预备党员要预备几年", "预备期是多长时间？")]
    [InlineData("流动党员到底啥意思", "什么是流动党员？")]
    public void A_member_asking_about_one_of_two_neighbours_gets_that_one(string question, string expected)
    {
        var result = ShippedIndex.Search(question);

        Assert.Equal(KnowledgeVerdict.Answered, result.Verdict);
        Assert.Equal([expected], result.Answers.Select(e => e.Question));
    }

    [Fact]
    public void Paying_a_year_ahead_is_still_paying_in_advance()
    {
        Assert.Equal(["党费能提前预交吗？"], ShippedIndex.Search("一年的党费能一次交清吗").Answers.Select(e => e.Question));
    }
}
