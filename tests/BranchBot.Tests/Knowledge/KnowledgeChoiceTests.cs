using BranchBot.Core.Knowledge;

namespace BranchBot.Tests.Knowledge;

/// <summary>
/// The reader of choice questions (<see cref="KnowledgeChoice"/>), which the benchmark's choice variants use; the product
/// does not act on it (docs/benchmarks.md, "Choice questions, ask kinds and half-wrong two-part answers").
/// </summary>
public class KnowledgeChoiceTests
{
    [Theory]
    [InlineData("处分是支部定还是上面定", "支部", "上面")]
    [InlineData("开除党籍和开除公职是1回事", "党籍", "公职")]
    [InlineData("警告跟撤职比哪个处分更重", "警告", "撤职")]
    public void A_choice_question_has_two_sides_each_with_content_of_its_own(string normalized, string left, string right)
    {
        var sides = KnowledgeChoice.Sides(normalized);

        Assert.NotNull(sides);
        Assert.Contains(left, sides.Value.Left);
        Assert.Contains(right, sides.Value.Right);
        Assert.DoesNotContain(right, sides.Value.Left);
    }

    [Theory]
    [InlineData("支委会多久开1次")]
    [InlineData("党员大会和支委会都能开")]
    [InlineData("还是不明白预备期")]
    public void A_question_offering_no_alternatives_has_no_sides(string normalized)
    {
        Assert.Null(KnowledgeChoice.Sides(normalized));
    }

    [Fact]
    public void An_entry_naming_one_side_only_does_not_name_both()
    {
        var sides = KnowledgeChoice.Sides("党费按基本工资算还是全部工资算")!.Value;

        Assert.False(KnowledgeChoice.NamesBoth(sides, "党费按工资收入的比例交纳"));
        Assert.True(KnowledgeChoice.NamesBoth(sides, "基本工资和全部工资收入都计入"));
    }
}
