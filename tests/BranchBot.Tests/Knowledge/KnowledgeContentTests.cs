using BranchBot.Core.Knowledge;
using BranchBot.Dialogs.Knowledge;

namespace BranchBot.Tests.Knowledge;

public class KnowledgeContentTests
{
    private static readonly string[] Documents =
        ["支部工作条例", "党员教育管理工作条例", "党章", "党费规定", "发展党员工作细则", "纪律处分条例", "基层组织选举与任期", "主题党日与三会一课",
         "组织关系转接", "支部建设常见做法"];

    [Fact]
    public void Every_knowledge_file_of_the_repository_is_copied_to_the_build_output()
    {
        var inRepository = Directory.GetFiles(KnowledgeFiles.RepositoryFolder, "*.md")
            .Select(Path.GetFileName)
            .Where(name => name != "README.md")
            .Order(StringComparer.Ordinal);

        Assert.Equal(inRepository, KnowledgeFiles.OutputFiles().Select(Path.GetFileName));
        Assert.Equal(Documents.Select(d => d + ".md").Order(StringComparer.Ordinal), KnowledgeFiles.OutputFiles().Select(Path.GetFileName));
    }

    [Fact]
    public void Every_file_parses_without_problems()
    {
        var problems = KnowledgeFiles.ParseAll().SelectMany(r => r.Problems).ToList();

        Assert.True(problems.Count == 0, string.Join('\n', problems.Select(KnowledgeFileTexts.Say)));
    }

    [Fact]
    public void There_are_at_least_150_entries_and_every_file_has_some()
    {
        var results = KnowledgeFiles.ParseAll();

        Assert.All(results, r => Assert.NotEmpty(r.Entries));
        Assert.True(results.Sum(r => r.Entries.Count) >= 150, $"只有{results.Sum(r => r.Entries.Count)}条");
    }

    [Fact]
    public void Every_entry_has_a_question_a_source_and_a_short_answer()
    {
        Assert.All(KnowledgeFiles.AllEntries(), entry =>
        {
            Assert.False(string.IsNullOrWhiteSpace(entry.Question));
            Assert.False(string.IsNullOrWhiteSpace(entry.Answer), entry.Question);
            Assert.InRange(entry.Answer.Length, 1, KnowledgeEntry.MaxAnswerLength);
            Assert.True(entry.Source.IsCommonPractice || entry.Source.Document.StartsWith('《'), $"{entry.Question}：出处“{entry.Source}”");
        });
    }

    [Fact]
    public void Every_entry_has_two_to_eight_alternative_phrasings_that_differ_from_its_question()
    {
        Assert.All(KnowledgeFiles.AllEntries(), entry =>
        {
            Assert.InRange(entry.AlternativeQuestions.Count, 2, 8);
            Assert.DoesNotContain(entry.Question, entry.AlternativeQuestions);
            Assert.Equal(entry.AlternativeQuestions.Count, entry.AlternativeQuestions.Distinct().Count());
        });
    }

    [Fact]
    public void No_question_appears_twice_across_files()
    {
        var duplicates = KnowledgeFiles.AllEntries()
            .GroupBy(e => e.Question, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}：{string.Join("、", g.Select(e => e.FileName))}")
            .ToList();

        Assert.True(duplicates.Count == 0, string.Join('\n', duplicates));
    }

    [Fact]
    public void Regulation_entries_cite_an_article_unless_the_document_has_none_to_cite()
    {
        // Documents cited as a whole: the fact sheet gives no article for them (任期意见, 选举工作条例, 党总支审批权限).
        string[] citedAsWhole = ["《关于党的基层组织任期的意见》", "《中国共产党基层组织选举工作条例》", "《中国共产党发展党员工作细则》"];

        Assert.All(KnowledgeFiles.AllEntries().Where(e => !e.Source.IsCommonPractice), entry =>
            Assert.True(entry.Source.Article is not null || citedAsWhole.Contains(entry.Source.Document), $"{entry.Question}：出处“{entry.Source}”没有条款"));
    }

    [Fact]
    public void The_unverified_party_lecture_frequency_is_only_stated_as_common_practice()
    {
        var lectureFrequency = KnowledgeFiles.AllEntries().Where(e => e.Answer.Contains("每季度至少上1次党课", StringComparison.Ordinal) || e.Answer.Contains("党课常见为每季度", StringComparison.Ordinal));

        Assert.NotEmpty(lectureFrequency);
        Assert.All(lectureFrequency, e => Assert.True(e.Source.IsCommonPractice, e.Question));
    }
}
