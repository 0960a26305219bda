using BranchBot.Core.Knowledge;

namespace BranchBot.Tests.Knowledge;

/// <summary>What a question asks (how often, who, whether allowed, how, how many, the difference, by when) decides between entries of one topic.</summary>
public class KnowledgeIntentTests
{
    [Theory]
    [InlineData("支委会一年开几回", KnowledgeIntent.Frequency)]
    [InlineData("党小组会多长时间开一次", KnowledgeIntent.Frequency)]
    [InlineData("党费是一月一交吗", KnowledgeIntent.Frequency)]
    [InlineData("党课由谁来讲", KnowledgeIntent.Who)]
    [InlineData("预备党员能不能当入党介绍人", KnowledgeIntent.Permission)]
    [InlineData("三会一课可以线上开吗", KnowledgeIntent.Permission)]
    [InlineData("组织关系如何转接", KnowledgeIntent.Procedure)]
    [InlineData("入党的流程", KnowledgeIntent.Procedure)]
    [InlineData("入党需要几个介绍人", KnowledgeIntent.Amount)]
    [InlineData("支部大会和党员大会有什么区别", KnowledgeIntent.Difference)]
    [InlineData("预备期多久", KnowledgeIntent.TimeLimit)]
    [InlineData("留党察看期限是多长", KnowledgeIntent.TimeLimit)]
    [InlineData("积极分子跟发展对象差在哪", KnowledgeIntent.Difference)]
    [InlineData("警告和严重警告哪个更重", KnowledgeIntent.Difference)]
    [InlineData("流动党员党费交给哪个支部", KnowledgeIntent.Who)]
    [InlineData("年纪多大才能入党", KnowledgeIntent.Amount)]
    [InlineData("入党申请书交哪", KnowledgeIntent.Who)]
    [InlineData("退休了申请书往哪交", KnowledgeIntent.Who)]
    [InlineData("党员不同意退党怎么办", KnowledgeIntent.Procedure)]
    [InlineData("预备期从哪天算起", KnowledgeIntent.TimeLimit)]
    [InlineData("什么是三会一课", KnowledgeIntent.None)]
    [InlineData("党龄怎么算", KnowledgeIntent.None)]
    public void The_intent_is_read_from_the_wording(string question, KnowledgeIntent expected)
    {
        Assert.Equal(expected, KnowledgeIntentReader.Read(KnowledgeTextNormalizer.Normalize(question)));
    }

    [Fact]
    public void A_question_can_ask_two_things_at_once()
    {
        Assert.Equal(KnowledgeIntent.Frequency | KnowledgeIntent.Amount, KnowledgeIntentReader.Read(KnowledgeTextNormalizer.Normalize("党费每月交多少")));
    }

    /// <summary>Training hours are a duration: "多少学时" asks how long as well as how many.</summary>
    [Fact]
    public void Training_hours_ask_how_long()
    {
        Assert.Equal(KnowledgeIntent.Amount | KnowledgeIntent.TimeLimit, KnowledgeIntentReader.Read(KnowledgeTextNormalizer.Normalize("积极分子培训要上多少学时")));
    }

    /// <summary>
    /// Two entries of one topic; the question shares its topic with both and its wording with neither more than the
    /// other, so only what it asks tells them apart.
    /// </summary>
    [Theory]
    [InlineData("党小组会隔多久搞一回", "党小组会每月召开几次？", "党小组会的召集人是谁？")]
    [InlineData("党小组会归哪个人管", "党小组会的召集人是谁？", "党小组会每月召开几次？")]
    [InlineData("流动党员行不行在外地过组织生活", "流动党员可以在外地参加组织生活吗？", "流动党员组织生活的流程是怎样的？")]
    [InlineData("流动党员的组织生活咋办", "流动党员组织生活的流程是怎样的？", "流动党员可以在外地参加组织生活吗？")]
    [InlineData("政治审查查几个方面", "政治审查包括多少项内容？", "政治审查什么时候进行？")]
    [InlineData("政治审查的期限", "政治审查什么时候进行？", "政治审查包括多少项内容？")]
    [InlineData("党员大会跟支委会不一样在哪儿，差别", "党员大会和支委会有何区别？", "党员大会和支委会的召集人是谁？")]
    public void Between_two_entries_of_one_topic_the_one_asking_the_same_thing_answers(string question, string expected, string other)
    {
        var index = new KnowledgeIndex([Entry(expected), Entry(other), Entry("什么是三会一课？"), Entry("党费按月交纳吗？")]);

        var result = index.Search(question);

        Assert.Equal(expected, result.Best?.Entry.Question);
        Assert.Equal(KnowledgeIntentAgreement.Agrees, result.Best?.Intent);
        Assert.Equal(KnowledgeIntentAgreement.Differs, result.Matches.Single(m => m.Entry.Question == other).Intent);
    }

    private static KnowledgeEntry Entry(string question) => new()
    {
        Question = question,
        Answer = "按规定办理。",
        Source = new KnowledgeSource("《中国共产党支部工作条例（试行）》", null),
        FileName = "test.md",
    };
}
