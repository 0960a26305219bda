using BranchBot.Core.Knowledge;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BranchBot.Tests.Knowledge;

public sealed class KnowledgeBaseTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("knowledge-").FullName;

    [Fact]
    public void By_default_the_knowledge_folder_beside_the_binaries_is_read()
    {
        var knowledge = new KnowledgeBase(Options.Create(new KnowledgeOptions()), NullLogger<KnowledgeBase>.Instance);

        Assert.Equal(KnowledgeFiles.AllEntries().Count, knowledge.Index.Count);
        Assert.Empty(knowledge.Problems);
    }

    [Fact]
    public void A_configured_folder_is_read_and_a_broken_entry_is_left_out_with_its_problem()
    {
        File.WriteAllText(Path.Combine(_folder, "测试.md"), "# 《测试》\n\n## 党费多久交一次？\n- 也问：党费几个月交一回；党费按月交吗\n- 出处：《测试》第一条\n\n按月交纳。\n\n## 没有出处的问题\n\n答案。\n");
        File.WriteAllText(Path.Combine(_folder, "README.md"), "## 不是条目\n");

        var knowledge = new KnowledgeBase(Options.Create(new KnowledgeOptions { Folder = _folder }), NullLogger<KnowledgeBase>.Instance);

        Assert.Equal(1, knowledge.Index.Count);
        Assert.Single(knowledge.Problems);
        Assert.Equal("党费多久交一次？", knowledge.Search("党费是每个月交吗").Best?.Entry.Question);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
