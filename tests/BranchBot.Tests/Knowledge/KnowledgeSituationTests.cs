using BranchBot.Core.Knowledge;

namespace BranchBot.Tests.Knowledge;

/// <summary>
/// Members say who they are or what happened before they ask ("我是发展对象，政审要审些啥"): that leading context says whom
/// the question concerns, not what it asks, so it sets neither the question's intent nor the terms it names.
/// </summary>
public class KnowledgeSituationTests
{
    [Theory]
    [InlineData("我是发展对象，政审要审些啥", "我是发展对象", "政审要审些啥")]
    [InlineData("我们支部才5个人，要不要设支委会", "我们支部才5个人", "要不要设支委会")]
    [InlineData("我是预备党员，快满一年了，转正申请书要写哪些内容", "我是预备党员，快满一年了", "转正申请书要写哪些内容")]
    [InlineData("刚当上组织委员 三会一课指哪几个会", "刚当上组织委员", "三会一课指哪几个会")]
    public void A_leading_clause_stating_the_members_situation_is_context(string question, string context, string asked)
    {
        Assert.Equal((context, asked), KnowledgeSituation.Split(question));
    }

    [Theory]
    [InlineData("我能不能当介绍人，我是预备党员")]
    [InlineData("我们支部多久开一次党员大会，季度一次够吗")]
    [InlineData("支部才5个人，要不要设支委会")]
    [InlineData("我是预备党员")]
    [InlineData("我是预备党员，")]
    public void A_clause_that_asks_or_a_question_without_a_leading_we_or_i_has_no_context(string question)
    {
        Assert.Equal(("", question.Trim()), KnowledgeSituation.Split(question));
    }

    [Fact]
    public void How_often_the_member_does_something_does_not_make_the_question_ask_how_often()
    {
        var index = new KnowledgeIndex([Entry("党小组会的召集人是谁？"), Entry("党小组会每月召开几次？"), Entry("什么是三会一课？"), Entry("党费按月交纳吗？")]);

        var result = index.Search("我每月都参加党小组会，召集人是谁");

        Assert.Equal("党小组会的召集人是谁？", result.Best?.Entry.Question);
        Assert.Equal(KnowledgeIntentAgreement.Differs, result.Matches.Single(m => m.Entry.Question == "党小组会每月召开几次？").Intent);
    }

    [Fact]
    public void The_role_the_member_names_first_is_not_a_term_the_answer_must_hold()
    {
        var index = new KnowledgeIndex([Entry("什么是三会一课？"), Entry("组织委员负责哪些工作？"), Entry("党费按月交纳吗？"), Entry("党小组会每月召开几次？")]);

        var result = index.Search("我是组织委员，三会一课是哪几个会");

        Assert.Equal("什么是三会一课？", result.Best?.Entry.Question);
        Assert.False(result.Best!.LacksNamedTerm);
    }

    /// <summary>党费 is a named term: an entry about 党龄 that matches the rest of the question answers something else.</summary>
    [Fact]
    public void A_best_entry_without_dues_beside_one_with_them_does_not_answer_a_dues_question()
    {
        var index = new KnowledgeIndex([Entry("预备党员的党龄从哪天开始算？"), Entry("预备党员要交党费吗？", "要交党费。"), Entry("什么是三会一课？"), Entry("党小组会每月召开几次？")]);

        var result = index.Search("预备党员的党费从哪天开始算");

        Assert.Equal("预备党员的党龄从哪天开始算？", result.Best?.Entry.Question);
        Assert.True(result.Best!.LacksNamedTerm);
        Assert.NotEqual(KnowledgeVerdict.Answered, result.Verdict);
    }

    private static KnowledgeEntry Entry(string question, string answer = "按规定办理。") => new()
    {
        Question = question,
        Answer = answer,
        Source = new KnowledgeSource("《中国共产党支部工作条例（试行）》", null),
        FileName = "test.md",
    };
}
