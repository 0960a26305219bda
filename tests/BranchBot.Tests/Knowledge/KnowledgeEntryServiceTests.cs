using BranchBot.Core.Knowledge;
using BranchBot.Core.Knowledge.Entries;
using BranchBot.Core.Membership;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Knowledge;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BranchBot.Tests.Knowledge;

public sealed class KnowledgeEntryServiceTests : IDisposable
{
    private static readonly Member Secretary = new() { Id = "m_sec", Name = "王书记", Role = MemberRole.Secretary };
    private static readonly Member Committee = new() { Id = "m_com", Name = "赵委员", Role = MemberRole.Committee };
    private static readonly Member Ordinary = new() { Id = "m_mem", Name = "张三" };

    private readonly LiteDbContext _database = LiteDbContext.InMemory();
    private readonly KnowledgeWriteLock _gate = new();
    private readonly LiteDbKnowledgeEntryStore _store;
    private readonly KnowledgeBase _knowledge;
    private readonly KnowledgeEntryService _entries;

    public KnowledgeEntryServiceTests()
    {
        _store = new LiteDbKnowledgeEntryStore(_database);
        _knowledge = new KnowledgeBase(Options.Create(new KnowledgeOptions()), _store, NullLogger<KnowledgeBase>.Instance);
        _entries = new KnowledgeEntryService(_store, _knowledge, _gate, new FakeTimeProvider(BranchBot.Tests.Support.BotHarness.Start));
    }

    [Fact]
    public async Task Drafts_with_an_empty_question_a_long_answer_or_no_source_are_refused_and_nothing_is_stored()
    {
        var empty = await _entries.SaveAsync(new KnowledgeEntryDraft("  ", [], "答案", "支部答复"), Secretary, CancellationToken.None);
        var punctuation = await _entries.SaveAsync(new KnowledgeEntryDraft("？？", [], "答案", "支部答复"), Secretary, CancellationToken.None);
        var longAnswer = await _entries.SaveAsync(new KnowledgeEntryDraft("问题", [], new string('字', 301), "支部答复"), Secretary, CancellationToken.None);
        var noSource = await _entries.SaveAsync(new KnowledgeEntryDraft("问题", [], "答案", " "), Secretary, CancellationToken.None);
        var member = await _entries.SaveAsync(new KnowledgeEntryDraft("问题", [], "答案", "支部答复"), Ordinary, CancellationToken.None);

        Assert.Equal(new KnowledgeProblem.QuestionEmpty(), empty.Problem);
        Assert.Equal(new KnowledgeProblem.QuestionWithoutContent(), punctuation.Problem);
        Assert.Equal(new KnowledgeProblem.AnswerTooLong(301, 300), longAnswer.Problem);
        Assert.Equal(new KnowledgeProblem.SourceMissing(), noSource.Problem);
        Assert.Equal(new KnowledgeProblem.EditorsOnly(), member.Problem);
        Assert.Empty(await _store.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_stored_entry_replaces_the_file_entry_with_the_same_normalised_question_in_the_index_and_the_list()
    {
        var fileCount = _knowledge.Index.Count;

        var saved = await _entries.SaveAsync(
            new KnowledgeEntryDraft("支部委员会会议多长时间开一次", ["支委会几个月开一次；支委会几个月开一次"], "每月第一个周一。", "支部答复"), Committee, CancellationToken.None);

        Assert.True(saved.Succeeded, saved.Problem?.ToString());
        Assert.Equal(KnowledgeEntryChange.OverridesFileEntry, saved.Value!.Change);
        Assert.Equal(["支委会几个月开一次"], saved.Value.Entry.AlternativeQuestions);
        Assert.Equal(fileCount, _knowledge.Index.Count);
        var answer = _knowledge.Search("支委会多长时间开一次").Answer;
        Assert.Equal("每月第一个周一。", answer?.Answer);
        Assert.True(answer!.IsStored);
        var listed = await _entries.ListAsync(CancellationToken.None);
        Assert.Equal(fileCount, listed.Count);
        Assert.Single(listed, e => e.Origin == KnowledgeEntryOrigin.Database && e.OverridesFileEntry && e.UpdatedBy == "赵委员");
    }

    [Fact]
    public async Task A_new_knowledge_base_over_the_same_database_sees_the_stored_entries()
    {
        await _entries.SaveAsync(new KnowledgeEntryDraft("支部的党旗坏了去哪里领", [], "向机关党委办公室领取。", "支部答复"), Secretary, CancellationToken.None);

        var restarted = new KnowledgeBase(Options.Create(new KnowledgeOptions()), _store, NullLogger<KnowledgeBase>.Instance);

        Assert.Equal("向机关党委办公室领取。", restarted.Search("支部的党旗坏了去哪里领").Answer?.Answer);
        Assert.Equal(KnowledgeFiles.AllEntries().Count + 1, restarted.Index.Count);
    }

    public void Dispose()
    {
        _gate.Dispose();
        _database.Dispose();
    }
}
