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
    public async Task A_json_line_names_the_entry_its_document_and_article_the_score_and_the_latency()
    {
        await using var app = new BranchBotApplication();
        _ = app.Server;
        using var input = new StringReader("支委会多久开一回\n党费能抵扣个人所得税吗\n");
        using var output = new StringWriter();

        await new AskCli(app.Services, input, output).RunAsync([]);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var answered = JsonDocument.Parse(lines[0]);
        var line = answered.RootElement;
        Assert.Equal("支部工作条例.md#支委会多长时间开一次？", line.GetProperty("entry_id").GetString());
        Assert.Equal("《中国共产党支部工作条例（试行）》", line.GetProperty("document").GetString());
        Assert.False(string.IsNullOrEmpty(line.GetProperty("article").GetString()));
        Assert.Equal(line.GetProperty("source").GetString(), line.GetProperty("document").GetString() + line.GetProperty("article").GetString());
        Assert.True(line.GetProperty("score").GetDouble() > 0);
        Assert.True(line.GetProperty("latency_ms").GetDouble() >= 0);
        using var declined = JsonDocument.Parse(lines[1]);
        Assert.False(declined.RootElement.GetProperty("matched").GetBoolean());
        Assert.Equal(JsonValueKind.Null, declined.RootElement.GetProperty("entry_id").ValueKind);
    }

    [Fact]
    public async Task A_question_asking_two_things_gets_both_entries_in_its_json_line()
    {
        await using var app = new BranchBotApplication();
        _ = app.Server;
        using var input = new StringReader("留党察看最长几年，察看期间能不能投票\n支委会多久开一回\n");
        using var output = new StringWriter();

        await new AskCli(app.Services, input, output).RunAsync([]);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var twoParts = JsonDocument.Parse(lines[0]);
        var ids = twoParts.RootElement.GetProperty("entry_ids").EnumerateArray().Select(id => id.GetString()).ToList();
        Assert.Equal(2, ids.Count);
        Assert.Contains(ids, id => id!.EndsWith("#留党察看最长多久？", StringComparison.Ordinal));
        Assert.Contains(ids, id => id!.EndsWith("#留党察看期间有没有选举权？", StringComparison.Ordinal));
        Assert.Equal(ids[0], twoParts.RootElement.GetProperty("entry_id").GetString());
        using var one = JsonDocument.Parse(lines[1]);
        Assert.Single(one.RootElement.GetProperty("entry_ids").EnumerateArray());
    }

    [Theory]
    [InlineData("支委会多久开一回")]
    [InlineData("党员大会赞成票要多少才过")]
    [InlineData("党员可以炒股吗")]
    [InlineData("书记请假了支部大会谁来主持")]
    public async Task The_cli_answers_with_the_entry_chat_answers_with_or_declines_as_chat_does(string question)
    {
        await using var bot = new BotHarness();
        var secretary = bot.ClaimedBranch();
        using var input = new StringReader(question + "\n");
        using var output = new StringWriter();

        await new AskCli(bot.Services, input, output).RunAsync([]);
        secretary.Send(question).ExpectReply("");

        using var line = JsonDocument.Parse(output.ToString());
        if (line.RootElement.GetProperty("matched").GetBoolean())
        {
            Assert.Contains(line.RootElement.GetProperty("answer").GetString()!, secretary.LastReplyText, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains("没有找到确切规定", secretary.LastReplyText, StringComparison.Ordinal);
        }
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
