using BranchBot.Core.Knowledge;

namespace BranchBot.Tests.Knowledge;

/// <summary>
/// Causes found on writer-questions-20's and writer-questions-21's misses (issue 12, helper-bh), each fixed as a rule other
/// phrasings also hit. Wordings in no part.
/// </summary>
public class TwentyFirstPartCausesTests
{
    /// <summary>拼音 slips members type for a term: read as the term, so the line reaches the term's entries.</summary>
    [Theory]
    [InlineData("民主平议结果怎么定", "民主评议")]
    [InlineData("预备党远能投票吗", "预备党员")]
    [InlineData("思想回报要手写吗", "思想汇报")]
    [InlineData("洁绍人要几个", "介绍人")]
    [InlineData("党费几数包括奖金吗", "党费基数")]
    public void A_typing_slip_for_a_term_is_read_as_the_term(string typed, string term)
    {
        Assert.Contains(term, KnowledgeTextNormalizer.Normalize(typed), StringComparison.Ordinal);
    }

    /// <summary>回报 outside 思想回报 is a real word and stays as typed.</summary>
    [Fact]
    public void A_return_on_something_else_is_no_thought_report()
    {
        Assert.DoesNotContain("汇报", KnowledgeTextNormalizer.Normalize("党员要回报社会吗"), StringComparison.Ordinal);
    }

    /// <summary>
    /// 传销 is a wrong no entry rules on by name: the entry on 邪教 (another wrong) shares the procedure words, not the
    /// question, so the line is declined with suggestions.
    /// </summary>
    [Fact]
    public void A_pyramid_scheme_is_not_answered_with_the_cult_entry()
    {
        var result = ShippedKnowledge.ShippedIndex.Search("党员加入传销组织会怎样处理");

        Assert.NotEqual(KnowledgeVerdict.Answered, result.Verdict);
    }

    /// <summary>签到 is a form no entry is about: an entry sharing only 开会 or 要…吗 does not answer it.</summary>
    [Theory]
    [InlineData("每次党员开会都要签到吗")]
    [InlineData("党员开会签到是硬性要求吗")]
    public void Signing_in_at_a_meeting_is_declined(string question)
    {
        var result = ShippedKnowledge.ShippedIndex.Search(question);

        Assert.NotEqual(KnowledgeVerdict.Answered, result.Verdict);
    }

    /// <summary>The member asking to leave asks about 退党, not about 劝退, whose entry also speaks of 程序.</summary>
    [Fact]
    public void Leaving_the_party_by_ones_own_request_is_answered_with_the_leaving_entry_not_persuasion()
    {
        var result = ShippedKnowledge.ShippedIndex.Search("本人申请退党 要经过哪些程序");

        Assert.Equal(KnowledgeVerdict.Answered, result.Verdict);
        Assert.Equal("党员要求退党要办什么手续？", result.Best!.Entry.Question);
    }

    /// <summary>Whether the 预备期 is one year asks its length, not the day it starts.</summary>
    [Fact]
    public void Whether_the_probation_is_one_year_is_answered_with_its_length()
    {
        var result = ShippedKnowledge.ShippedIndex.Search("预备党员的预备期就是一年对吗");

        Assert.Equal(KnowledgeVerdict.Answered, result.Verdict);
        Assert.Equal("预备期是多长时间？", result.Best!.Entry.Question);
    }

    [Fact]
    public void A_question_then_a_bare_follow_up_is_cut_into_the_two()
    {
        Assert.Equal(("撤职的影响期多长", "留党察看呢"), KnowledgeQuestionSplitter.BareFollowUp("撤职的影响期多长 留党察看呢"));
    }

    [Theory]
    [InlineData("那村里的呢")]
    [InlineData("预备期多长 期间能投票吗")]
    [InlineData("我是退休的呢 党费咋交")]
    public void A_line_without_a_question_then_a_bare_follow_up_is_not_cut(string question)
    {
        Assert.Null(KnowledgeQuestionSplitter.BareFollowUp(question));
    }

    /// <summary>
    /// "…多久 严重警告呢": the whole line reads as the follow-up's case, but the member asked the first question first; its
    /// entry is answered first, the follow-up's second.
    /// </summary>
    [Fact]
    public void A_question_with_a_bare_follow_up_is_answered_with_the_questions_entry_first_then_the_follow_ups()
    {
        var result = ShippedKnowledge.ShippedIndex.Search("警告处分多久不能提拔 严重警告呢");

        Assert.Equal(KnowledgeVerdict.Answered, result.Verdict);
        Assert.Equal(["受警告处分后多久不能提拔？", "受严重警告处分后多久不能提拔？"], result.Answers.Select(e => e.Question));
    }

    /// <summary>When the whole line is sure of nothing, the first question's entry is still answered; the follow-up is not.</summary>
    [Fact]
    public void A_question_with_a_bare_follow_up_the_whole_is_unsure_of_is_answered_for_the_question_alone()
    {
        var result = ShippedKnowledge.ShippedIndex.Search("支委会多久开一回 党小组会呢");

        Assert.Equal(KnowledgeVerdict.Answered, result.Verdict);
        Assert.Equal(["支委会多长时间开一次？"], result.Answers.Select(e => e.Question));
    }

    /// <summary>
    /// A bare 警告 asks its own period: the 严重警告 entry, whose phrasing held 警告影响期 inside 严重警告影响期, no longer answers
    /// it (its phrasing now reads 严重警告处分影响期, as the 警告 entry's reads 警告处分影响期).
    /// </summary>
    [Fact]
    public void A_warnings_period_is_not_answered_with_the_serious_warnings()
    {
        var result = ShippedKnowledge.ShippedIndex.Search("党内警告影响期多久");

        Assert.Equal(KnowledgeVerdict.Answered, result.Verdict);
        Assert.Equal("受警告处分后多久不能提拔？", result.Best!.Entry.Question);
    }

    /// <summary>
    /// The excused-absence entry says whom its "不算" is for: a member who missed months without asking leave and reaches
    /// it is not told flatly that it does not count.
    /// </summary>
    [Fact]
    public void The_excused_absence_answer_names_whom_it_does_not_count_against()
    {
        var entry = KnowledgeFiles.AllEntries().Single(e => e.Question == "生病请假没参加组织生活会算脱党吗？");

        Assert.StartsWith("请了假、有正当理由的不算。", entry.Answer, StringComparison.Ordinal);
    }
}
