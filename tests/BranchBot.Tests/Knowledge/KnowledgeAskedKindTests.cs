using BranchBot.Core.Knowledge;

namespace BranchBot.Tests.Knowledge;

/// <summary>
/// The kind of answer a question wants (<see cref="KnowledgeAskedKindReader"/>), every entry's kind (from its own question or
/// a "- 问的是：" line), and the one gate rule that reads it: an entry giving the kind asked for needs a lead of 0.05 instead
/// of 0.1 in the agreeing-match rule (docs/benchmarks.md, "Asked kinds").
/// </summary>
public class KnowledgeAskedKindTests
{
    private static readonly KnowledgeIndex WithoutKinds = new(ShippedKnowledge.Entries, KnowledgeThresholds.Default with { WhenKindsAgree = null });

    [Theory]
    [InlineData("预备党员能投票吗", KnowledgeAskedKind.Whether)]
    [InlineData("党员能不能退党", KnowledgeAskedKind.Whether)]
    [InlineData("支委会多久开一次", KnowledgeAskedKind.Frequency)]
    [InlineData("党课谁来讲", KnowledgeAskedKind.Who)]
    [InlineData("入党要几个介绍人", KnowledgeAskedKind.Amount)]
    [InlineData("预备期从什么时候开始算", KnowledgeAskedKind.Time)]
    [InlineData("组织关系怎么转", KnowledgeAskedKind.Procedure)]
    [InlineData("警告和严重警告有什么区别", KnowledgeAskedKind.Difference)]
    [InlineData("什么是三会一课", KnowledgeAskedKind.Definition)]
    [InlineData("党小组会都干些啥", KnowledgeAskedKind.Definition)]
    [InlineData("不交党费会咋样", KnowledgeAskedKind.Consequence)]
    [InlineData("为啥要有预备期", KnowledgeAskedKind.Reason)]
    public void A_question_is_read_for_the_kind_of_answer_it_wants(string question, KnowledgeAskedKind kind)
    {
        Assert.True((KnowledgeAskedKindReader.Read(question) & kind) == kind, $"{question}: {KnowledgeAskedKindReader.Read(question)}");
    }

    [Fact]
    public void A_what_question_asking_a_narrower_kind_is_read_as_that_kind_only()
    {
        Assert.Equal(KnowledgeAskedKind.Time, KnowledgeAskedKindReader.Read("预备期从什么时候开始算？"));
        Assert.Equal(KnowledgeAskedKind.Who, KnowledgeAskedKindReader.Read("什么人可以当入党介绍人") & ~KnowledgeAskedKind.Whether);
    }

    [Fact]
    public void Kinds_are_compared_only_when_both_sides_ask_one()
    {
        Assert.Equal(KnowledgeIntentAgreement.Agrees, KnowledgeAskedKindReader.Compare(KnowledgeAskedKind.Whether | KnowledgeAskedKind.Time, KnowledgeAskedKind.Time));
        Assert.Equal(KnowledgeIntentAgreement.Differs, KnowledgeAskedKindReader.Compare(KnowledgeAskedKind.Whether, KnowledgeAskedKind.Amount));
        Assert.Equal(KnowledgeIntentAgreement.NotStated, KnowledgeAskedKindReader.Compare(KnowledgeAskedKind.None, KnowledgeAskedKind.Amount));
    }

    [Fact]
    public void An_entry_takes_its_kind_from_its_question_unless_its_file_names_one()
    {
        var result = KnowledgeFileParser.Parse("a.md", """
            ## 党费可以按季度交吗？
            - 出处：《甲》第一条

            答案

            ## 预备期满了党支部要做什么？
            - 问的是：怎么办、会怎样
            - 出处：《甲》第二条

            答案
            """);

        Assert.Empty(result.Problems);
        Assert.Equal(KnowledgeAskedKind.Whether, result.Entries[0].AskedKind);
        Assert.Null(result.Entries[0].Asks);
        Assert.Equal(KnowledgeAskedKind.Procedure | KnowledgeAskedKind.Consequence, result.Entries[1].AskedKind);
    }

    [Fact]
    public void A_kind_the_file_names_wrongly_is_reported_on_its_line()
    {
        var result = KnowledgeFileParser.Parse("a.md", """
            ## 问题
            - 问的是：怎么办、多长
            - 出处：《甲》第一条
            答案
            """);

        Assert.Empty(result.Entries);
        Assert.Equal([new KnowledgeFileProblem.UnknownAskedKind("多长")], result.Problems.Select(p => p.Kind));
        Assert.Equal(2, result.Problems[0].LineNumber);
    }

    [Theory]
    [InlineData("我是预备党员，要换单位了组织关系咋办", "预备党员调动工作，组织关系怎么转？")]
    [InlineData("我被处分了 不服 可以找谁申诉", "申诉可以向哪一级党组织提？")]
    public void An_entry_giving_the_kind_of_answer_asked_for_answers_with_a_smaller_lead(string question, string expected)
    {
        Assert.NotEqual(KnowledgeVerdict.Answered, WithoutKinds.Search(question).Verdict);

        var result = ShippedKnowledge.ShippedIndex.Search(question);

        Assert.Equal(expected, result.Answers[0].Question);
        Assert.Equal(KnowledgeIntentAgreement.Agrees, result.Best!.AskedKind);
    }

    [Fact]
    public void A_gate_made_stricter_stays_strict_when_the_kinds_agree()
    {
        var strict = new KnowledgeIndex(ShippedKnowledge.Entries, KnowledgeThresholds.Default with { Answer = 2 });

        Assert.NotEqual(KnowledgeVerdict.Answered, strict.Search("我是预备党员，要换单位了组织关系咋办").Verdict);
    }
}
