using BranchBot.Core.Knowledge;
using BranchBot.Core.Knowledge.Dues;
using BranchBot.Dialogs.Knowledge;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Knowledge;

public sealed class KnowledgeProblemTextsTests
{
    [Fact]
    public void Every_knowledge_problem_has_a_sentence_for_the_chat_and_for_the_console()
    {
        foreach (var problem in ProblemCases.All<KnowledgeProblem>())
        {
            Assert.NotEmpty(KnowledgeTexts.Problem(problem));
            Assert.NotEmpty(KnowledgeProblemTexts.Say(problem));
        }
    }

    [Fact]
    public void The_chat_names_its_commands_and_the_console_does_not()
    {
        Assert.Equal("没有编号为 7 的待答问题。发送「待答问题」查看。", KnowledgeTexts.Problem(new KnowledgeProblem.PendingQuestionNotFound(7)));
        Assert.Equal("没有编号为 7 的待答问题。", KnowledgeProblemTexts.Say(new KnowledgeProblem.PendingQuestionNotFound(7)));
        Assert.Equal("第 7 个问题还没有答复，请先发送「回答 7 答复内容」。", KnowledgeTexts.Problem(new KnowledgeProblem.NotYetAnswered(7)));
        Assert.Equal("其他问法「一二三四五六七八九十…」太长了，请控制在100字以内。", KnowledgeTexts.Problem(new KnowledgeProblem.AlternativeTooLong("一二三四五六七八九十十一", 100)));
        Assert.Equal("第 3 个问题已经由王书记答复过了。", KnowledgeTexts.Problem(new KnowledgeProblem.AlreadyAnswered(3, "王书记")));
    }

    [Fact]
    public void Every_knowledge_file_problem_is_worded_with_its_file_and_line()
    {
        foreach (var kind in ProblemCases.All<KnowledgeFileProblem>())
        {
            Assert.StartsWith("支部.md 第12行：", KnowledgeFileTexts.Say(new KnowledgeParseProblem("支部.md", 12, kind)), StringComparison.Ordinal);
        }

        Assert.Equal("支部.md 第5行：问题“同一个问题”在第1行已经写过。", KnowledgeFileTexts.Say(new KnowledgeParseProblem("支部.md", 5, new KnowledgeFileProblem.RepeatedQuestion("同一个问题", 1))));
    }

    [Fact]
    public void Dues_answers_that_ask_for_the_income_say_how_to_give_it()
    {
        Assert.Equal(DuesTexts.NeedsIncome, DuesTexts.Say(new DuesAnswer.NeedsIncome()));
        Assert.Equal(DuesTexts.IncomeUnclear, DuesTexts.Say(new DuesAnswer.IncomeUnclear()));
        Assert.Equal(new DuesAnswer.NeedsIncome(), DuesAnswer.For("我交多少党费"));
    }
}
