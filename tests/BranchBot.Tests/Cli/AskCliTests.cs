using System.Text.Json;
using BranchBot.Cli;
using BranchBot.Core.Knowledge.Entries;
using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Knowledge;
using BranchBot.Tests.Support;

namespace BranchBot.Tests.Cli;

public class AskCliTests
{
    [Fact]
    public async Task Ask_with_a_question_prints_the_answer_and_its_source()
    {
        await using var app = new BranchBotApplication();
        _ = app.Server;
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await CliVerbs.RunAsync(app.Services, ["ask", "支委会多久开一回"], output, error);

        Assert.Equal(0, code);
        Assert.Contains("支部委员会会议一般每月召开1次", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("依据：《中国共产党支部工作条例（试行）》", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_without_a_question_reads_lines_and_writes_one_json_object_per_line()
    {
        await using var app = new BranchBotApplication();
        _ = app.Server;
        using var input = new StringReader("支委会多久开一回\n\n今天天气怎么样\n");
        using var output = new StringWriter();

        var code = await new AskCli(app.Services, input, output).RunAsync([]);

        Assert.Equal(0, code);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var answered = JsonDocument.Parse(lines[0]);
        Assert.Equal("支委会多久开一回", answered.RootElement.GetProperty("question").GetString());
        Assert.True(answered.RootElement.GetProperty("matched").GetBoolean());
        Assert.StartsWith("《中国共产党支部工作条例（试行）》", answered.RootElement.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.True(answered.RootElement.GetProperty("score").GetDouble() > 0);
        using var declined = JsonDocument.Parse(lines[1]);
        Assert.False(declined.RootElement.GetProperty("matched").GetBoolean());
        Assert.Equal(JsonValueKind.Null, declined.RootElement.GetProperty("answer").ValueKind);
    }

    [Fact]
    public async Task Ask_sees_the_entries_secretaries_stored_in_the_database_over_the_file_entries()
    {
        var folder = Directory.CreateTempSubdirectory("ask-cli-");
        try
        {
            var connection = $"Filename={Path.Combine(folder.FullName, "branchbot.db")};Connection=shared";
            using (var context = LiteDbContext.Open(connection))
            {
                await new LiteDbKnowledgeEntryStore(context).SaveAsync(
                    new StoredKnowledgeEntry { Id = StoredKnowledgeEntry.NewId(), Question = "支委会多长时间开一次？", Answer = "本支部每月第一个周一召开支委会。", Source = "支部答复" },
                    CancellationToken.None);
            }

            await using var app = new BranchBotApplication(new Dictionary<string, string?> { ["ConnectionStrings:BranchBot"] = connection });
            _ = app.Server;
            using var output = new StringWriter();
            using var error = new StringWriter();

            var code = await CliVerbs.RunAsync(app.Services, ["ask", "支委会多长时间开一次"], output, error);

            Assert.Equal(0, code);
            Assert.Contains("本支部每月第一个周一召开支委会。", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("依据：支部答复", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
