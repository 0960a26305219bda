using BranchBot.Core.Knowledge;
using static BranchBot.Tests.Knowledge.ShippedKnowledge;

namespace BranchBot.Tests.Knowledge;

/// <summary>Facts of issue 12 that the education, dues and organisational-life files had wrong: each test reads the shipped entries.</summary>
public class EducationAndDuesFactsTests
{
    [Fact]
    public void The_steps_of_the_democratic_appraisal_of_members_are_regulation_not_local_practice()
    {
        var entry = Entry("民主评议党员一般怎么评？");

        Assert.False(entry.Source.IsCommonPractice);
        Assert.Equal("《中国共产党支部工作条例（试行）》", entry.Source.Document);
        Assert.Contains("个人自评、党员互评、民主测评", entry.Answer, StringComparison.Ordinal);
        Assert.Equal(entry.Question, Reached("民主评议党员按什么程序评"));
    }

    [Fact]
    public void Combining_the_appraisal_with_the_organisational_life_meeting_is_allowed_by_the_regulation()
    {
        var entry = Entry("组织生活会和民主评议党员可以一起开吗？");

        Assert.False(entry.Source.IsCommonPractice);
        Assert.StartsWith("可以", entry.Answer, StringComparison.Ordinal);
        Assert.Equal(entry.Question, Reached("民主评议能和组织生活会合并开吗"));
    }

    [Fact]
    public void The_oath_of_admission_is_required_by_the_party_constitution_not_local_practice()
    {
        var entry = Entry("新党员入党宣誓一般什么时候进行？");

        Assert.Equal("《中国共产党章程》", entry.Source.Document);
        Assert.Equal("第六条", entry.Source.Article);
        Assert.Contains("面向党旗", entry.Answer, StringComparison.Ordinal);
        Assert.Equal(entry.Question, Reached("预备党员啥时候入党宣誓"));
    }

    [Fact]
    public void Party_lectures_by_leading_cadres_are_cited_to_the_chapter_on_organisational_life()
    {
        var entry = Entry("党课可以由谁来讲？");

        Assert.DoesNotContain("第三章", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("第五章", entry.Answer, StringComparison.Ordinal);
        Assert.Equal(entry.Question, Reached("普通党员可以讲党课不"));
    }

    [Fact]
    public void The_steps_of_the_organisational_life_meeting_are_regulation_not_local_practice()
    {
        var entry = Entry("组织生活会一般有哪些环节？");

        Assert.Equal("《中国共产党支部工作条例（试行）》", entry.Source.Document);
        Assert.Equal("第五章", entry.Source.Article);
        Assert.Contains("查摆问题", entry.Answer, StringComparison.Ordinal);
        Assert.Contains("整改", entry.Answer, StringComparison.Ordinal);
        Assert.Equal(entry.Question, Reached("组织生活会的程序是啥"));
    }

    [Fact]
    public void Heart_to_heart_talks_are_at_least_once_a_year_not_once_a_year_in_the_yearly_overview()
    {
        var entry = Entry("一年的组织生活大概怎么安排？");

        Assert.Contains("谈心谈话每年一般不少于1次", entry.Answer, StringComparison.Ordinal);
        Assert.DoesNotContain("谈心谈话每年一般1次", entry.Answer, StringComparison.Ordinal);
        Assert.Equal(entry.Question, Reached("支部一年的组织生活怎么排"));
    }
}
