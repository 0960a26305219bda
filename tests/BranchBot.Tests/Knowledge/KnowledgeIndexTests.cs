using BranchBot.Core.Knowledge;

namespace BranchBot.Tests.Knowledge;

public class KnowledgeIndexTests
{
    private static readonly KnowledgeIndex Index = new(KnowledgeFiles.AllEntries());

    [Fact]
    public void A_colloquial_question_is_answered_with_its_entry_and_the_closest_others_follow()
    {
        var result = Index.Search("支委会一个月得开几回", top: 3);

        Assert.Equal(KnowledgeVerdict.Answered, result.Verdict);
        Assert.Equal("支委会多长时间开一次？", result.Answer?.Question);
        Assert.Equal(3, result.Matches.Count);
        Assert.True(result.Matches[0].Score >= result.Matches[1].Score);
    }

    [Theory]
    [InlineData("明天上海天气如何")]
    [InlineData("帮我写个排序算法")]
    [InlineData("")]
    public void Questions_outside_party_rules_are_declined_without_an_answer(string question)
    {
        var result = Index.Search(question);

        Assert.Equal(KnowledgeVerdict.OutOfScope, result.Verdict);
        Assert.Null(result.Answer);
    }

    [Fact]
    public void A_party_question_that_matches_nothing_well_is_uncertain_and_keeps_the_closest_entries()
    {
        var strict = new KnowledgeIndex(KnowledgeFiles.AllEntries(), new KnowledgeThresholds(Answer: 0.99, Margin: 0));

        var result = strict.Search("党员可以养宠物吗");

        Assert.Equal(KnowledgeVerdict.Uncertain, result.Verdict);
        Assert.Null(result.Answer);
        Assert.NotEmpty(result.Matches);
    }

    [Theory]
    [InlineData("党员可以养鸽子吗")]
    [InlineData("党员能不能去跳广场舞")]
    public void A_party_question_whose_topic_no_entry_mentions_is_not_answered_with_an_entry_sharing_only_its_question_words(string question)
    {
        var result = Index.Search(question);

        Assert.Equal(KnowledgeVerdict.Uncertain, result.Verdict);
        Assert.Null(result.Answer);
        Assert.True(result.Best!.Relevance >= KnowledgeThresholds.Default.Answer, "the loose match alone would have passed the old rule");
        Assert.True(result.Best.TopicCoverage < 0.1);
    }

    [Fact]
    public void A_question_asking_about_what_its_entry_covers_has_full_topic_support()
    {
        var result = Index.Search("预备期可以延长多久");

        Assert.Equal(KnowledgeVerdict.Answered, result.Verdict);
        Assert.True(result.Best!.TopicCoverage > 0.9);
    }
}
