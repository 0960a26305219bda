using BranchBot.Core.Knowledge;

namespace BranchBot.Tests.Knowledge;

/// <summary>
/// Causes found on writer-questions-17's and writer-questions-18's wrong answers (issue 12, helper-ay, docs/benchmarks.md
/// "Named stages, other employers' sanctions, two-part halves and a twentieth part"), each fixed as a rule other phrasings also hit. Wordings
/// in no part.
/// </summary>
public class EighteenthPartCausesTests
{
    /// <summary>
    /// A 事业单位's own sanctions and appraisals are personnel rules, not the Party's (every 事业单位 line of the tuning parts
    /// is off-topic); a question naming the Party too stays a rules question.
    /// </summary>
    [Theory]
    [InlineData("事业单位职工受记过处分影响几年", false)]
    [InlineData("事业单位人员受到降级处分多久能晋升", false)]
    [InlineData("事业单位的党员受了党内警告 多久不能提拔", true)]
    public void A_public_institutions_own_rules_are_not_the_partys(string question, bool inScope)
    {
        Assert.Equal(inScope, KnowledgeScope.Covers(KnowledgeTextNormalizer.Normalize(question)));
    }

    [Fact]
    public void A_sanction_question_about_a_public_institution_is_declined_as_off_topic()
    {
        Assert.Equal(KnowledgeVerdict.OutOfScope, ShippedKnowledge.ShippedIndex.Search("事业单位职工受记过处分影响几年").Verdict);
    }

    /// <summary>
    /// 转正 names the stage a question is about: an entry on approving new 预备党员 does not answer how long approving a
    /// 转正 takes, though the two read alike.
    /// </summary>
    [Fact]
    public void A_question_about_approving_full_membership_is_not_answered_with_approving_probationers()
    {
        var result = ShippedKnowledge.ShippedIndex.Search("转正会通过后多长时间能批下来");

        Assert.DoesNotContain(result.Answers, entry => entry.Question == "上级党委多长时间审批预备党员？");
    }

    [Fact]
    public void Naming_full_membership_is_a_named_stage()
    {
        Assert.NotEqual(0UL, KnowledgeNamedTerms.Named(KnowledgeTextNormalizer.Normalize("转正要开支部大会吗")));
    }

    /// <summary>"刚转正" tells who the member is (a new full member), not which stage is asked about.</summary>
    [Theory]
    [InlineData("刚转正的同志")]
    [InlineData("已经转正了")]
    public void A_standing_told_in_passing_names_no_stage(string phrase)
    {
        Assert.Equal(0UL, KnowledgeNamedTerms.Named(KnowledgeTextNormalizer.Normalize(phrase)));
    }

    [Fact]
    public void A_new_full_member_asking_about_becoming_secretary_is_answered()
    {
        var result = ShippedKnowledge.ShippedIndex.Search("刚转正一年能当支部书记吗");

        Assert.Equal(KnowledgeVerdict.Answered, result.Verdict);
        Assert.Equal("当支部书记需要多少年党龄？", result.Answers[0].Question);
    }

    /// <summary>职责 of the 党小组 itself is what the 党小组 entry says, not the 党小组长's duties.</summary>
    [Fact]
    public void The_party_groups_duties_are_not_its_leaders()
    {
        var result = ShippedKnowledge.ShippedIndex.Search("党小组的职责有哪些");

        Assert.Equal(KnowledgeVerdict.Answered, result.Verdict);
        Assert.Equal("党小组有什么作用？", result.Answers[0].Question);
    }

    /// <summary>
    /// A two-part line whose whole is answered with its second half's entry: the first half's entry is added even though
    /// the first half alone ranks the second's entry too, when the second half, read with the first half's subject, is
    /// itself sure of it (it was answered with the 亲属 entry only).
    /// </summary>
    [Fact]
    public void A_two_part_line_answered_by_its_second_half_also_gets_its_first()
    {
        var result = ShippedKnowledge.ShippedIndex.Search("政审都审查哪些方面 会查到父母吗");

        Assert.Equal(KnowledgeVerdict.Answered, result.Verdict);
        Assert.Equal(["政治审查主要审查哪些内容？", "入党政审会查家里人吗？"], result.Answers.Select(e => e.Question));
    }

    [Fact]
    public void Without_the_setting_the_line_keeps_its_second_halfs_entry_only()
    {
        var index = new KnowledgeIndex(ShippedKnowledge.ShippedIndex.Entries, null, KnowledgeTokenizer.Terms, twoParts: KnowledgeIndex.DefaultTwoParts & ~KnowledgeTwoParts.FirstHalfWhenSecondSureWithSubject & ~KnowledgeTwoParts.FirstHalfWhenSureOfAnother);

        Assert.Equal(["入党政审会查家里人吗？"], index.Search("政审都审查哪些方面 会查到父母吗").Answers.Select(e => e.Question));
    }

    /// <summary>错过 a meeting is being absent from it: what the member makes up afterwards is the absentees' entry.</summary>
    [Theory]
    [InlineData("错过了支部的党课 事后能补上吗")]
    [InlineData("上回党员大会我错过了 还能补吗")]
    public void Missing_a_meeting_is_answered_with_what_absentees_make_up(string question)
    {
        var result = ShippedKnowledge.ShippedIndex.Search(question);

        Assert.Equal(KnowledgeVerdict.Answered, result.Verdict);
        Assert.Equal("缺席的党员要补课吗？", result.Answers[0].Question);
    }
}
