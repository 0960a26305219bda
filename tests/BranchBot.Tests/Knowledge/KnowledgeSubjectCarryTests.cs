using BranchBot.Core.Knowledge;

namespace BranchBot.Tests.Knowledge;

/// <summary>
/// A later part of a two-part question that names no subject of its own ("…任期几年，能延期吗", "…一年开几次，要不要报上级")
/// is searched with the member's situation and what the first part names put before it (docs/benchmarks.md, "A fourteenth
/// part"), when the whole line is not answered; a sure whole keeps its answer. Checked on the shipped knowledge base.
/// </summary>
public class KnowledgeSubjectCarryTests
{
    private static readonly KnowledgeIndex WithoutCarry = new(ShippedKnowledge.Entries, null, KnowledgeTokenizer.Terms, carrySubject: false);

    [Theory]
    [InlineData("组织生活会一年开几次 要不要报上级", "组织生活会一年开几次？", "组织生活会要请上级党组织派人参加吗？")]
    [InlineData("我们支部明年换届 任期几年 能延期吗", "支部委员会每届任期几年？", "换届可以推迟吗？")]
    [InlineData("党小组会多久开一次 谁主持", "党小组会多久开一次？", "党小组会由谁主持？")]
    public void A_second_part_naming_no_subject_is_answered_about_the_first_parts_subject(string question, string first, string second)
    {
        var before = WithoutCarry.Search(question);
        var after = ShippedKnowledge.ShippedIndex.Search(question);

        Assert.NotEqual(KnowledgeVerdict.Answered, before.Verdict);
        Assert.Equal([first, second], after.Answers.Select(e => e.Question));
        Assert.Equal(question.Split(' ')[^1], after.Parts[1].Question);
    }

    [Theory]
    [InlineData("党费交给谁？能微信交吗")]
    [InlineData("政审是怎么做的 要去外调吗")]
    [InlineData("党费可以一次补好几个月的吗最多补几个月")]
    public void A_line_the_whole_answers_surely_keeps_its_answer(string question)
    {
        var before = WithoutCarry.Search(question).Answers.Select(e => e.Question).ToList();
        var after = ShippedKnowledge.ShippedIndex.Search(question).Answers.Select(e => e.Question).ToList();

        Assert.NotEmpty(after);
        Assert.Equal(before, after);
    }

    [Fact]
    public void The_words_of_a_situation_naming_a_party_thing_are_found_longest_first()
    {
        Assert.Equal(["留党察看"], KnowledgeNamedTerms.WordsIn("我受了留党察看处分"));
        Assert.Equal(["组织生活会"], KnowledgeNamedTerms.WordsIn("组织生活会1年开几次"));
        Assert.Empty(KnowledgeNamedTerms.WordsIn("我们单位明年换届"));
    }
}
