using System.Globalization;
using System.Text;

namespace BranchBot.Tests.Knowledge.Evaluation;

public class EvaluationSetTests
{
    private static readonly IReadOnlyList<EvaluationQuestion> Questions = EvaluationQuestion.Load(KnowledgeFiles.EvaluationFile);

    [Fact]
    public void There_are_at_least_150_in_scope_30_out_of_scope_and_20_not_covered_questions()
    {
        Assert.True(Questions.Count(q => q.IsInScope) >= 150, $"范围内只有{Questions.Count(q => q.IsInScope)}条");
        Assert.True(Questions.Count(q => !q.IsInScope && !q.IsNotCovered) >= 30, $"范围外只有{Questions.Count(q => !q.IsInScope && !q.IsNotCovered)}条");
        Assert.True(Questions.Count(q => q.IsNotCovered) >= 20, $"知识库未涵盖的党务问题只有{Questions.Count(q => q.IsNotCovered)}条");
    }

    [Fact]
    public void Every_label_names_an_existing_entry()
    {
        var entryQuestions = KnowledgeFiles.AllEntries().Select(e => e.Question).ToHashSet(StringComparer.Ordinal);

        var unknown = Questions.Where(q => q.IsInScope && !entryQuestions.Contains(q.ExpectedQuestion!)).Select(q => $"第{q.LineNumber}行：{q.ExpectedQuestion}").ToList();

        Assert.True(unknown.Count == 0, string.Join('\n', unknown));
    }

    [Fact]
    public void No_question_is_a_copy_of_an_entry_question_or_phrasing()
    {
        var phrasings = KnowledgeFiles.AllEntries()
            .SelectMany(e => e.AlternativeQuestions.Append(e.Question))
            .Select(Letters)
            .ToHashSet(StringComparer.Ordinal);

        var copies = Questions.Where(q => phrasings.Contains(Letters(q.Question))).Select(q => $"第{q.LineNumber}行：{q.Question}").ToList();

        Assert.True(copies.Count == 0, string.Join('\n', copies));
    }

    [Fact]
    public void No_question_appears_twice()
    {
        var repeated = Questions.GroupBy(q => Letters(q.Question), StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.First().Question).ToList();

        Assert.True(repeated.Count == 0, string.Join('\n', repeated));
    }

    [Fact]
    public void Every_entry_is_asked_for_at_least_once()
    {
        var asked = Questions.Where(q => q.IsInScope).Select(q => q.ExpectedQuestion!).ToHashSet(StringComparer.Ordinal);

        var neverAsked = KnowledgeFiles.AllEntries().Select(e => e.Question).Where(question => !asked.Contains(question)).ToList();

        Assert.True(neverAsked.Count == 0, string.Join('\n', neverAsked));
    }

    private static string Letters(string text)
    {
        var letters = new StringBuilder(text.Length);
        foreach (var c in text.Where(char.IsLetterOrDigit))
        {
            letters.Append(char.ToLower(c, CultureInfo.InvariantCulture));
        }

        return letters.ToString();
    }
}
