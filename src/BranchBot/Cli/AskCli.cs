using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using BranchBot.Core.Knowledge;

namespace BranchBot.Cli;

/// <summary>
/// ask "问题": the answer and its source; ask with no question: one question per line from standard input, one JSON
/// object per line out, for checking the knowledge base in bulk. Score is the relevance the confidence rule judges.
/// </summary>
internal sealed class AskCli(IServiceProvider services, TextReader input, TextWriter output)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public async Task<int> RunAsync(string[] args)
    {
        var knowledge = services.GetRequiredService<KnowledgeBase>();
        if (args.Length > 0)
        {
            await output.WriteLineAsync(Describe(knowledge.Search(string.Join(' ', args))));
            return 0;
        }

        while (await input.ReadLineAsync() is { } line)
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var result = knowledge.Search(line.Trim());
            var answer = result.Answer;
            await output.WriteLineAsync(JsonSerializer.Serialize(
                new AskLine(result.Question, answer?.Answer, answer?.Source.ToString(), Math.Round(result.Best?.Relevance ?? 0, 3), answer is not null),
                Json));
        }

        return 0;
    }

    private static string Describe(KnowledgeSearchResult result) => result.Verdict switch
    {
        KnowledgeVerdict.Answered => $"{result.Answer!.Answer}\n依据：{result.Answer.Source}\n（{Score(result)}）",
        KnowledgeVerdict.Uncertain => $"没有找到确切规定。最接近的问题：\n{string.Join('\n', result.Matches.Select(m => "  " + m.Entry.Question))}\n（{Score(result)}）",
        _ => "这不是党内规定方面的问题，未作回答。",
    };

    private static string Score(KnowledgeSearchResult result) =>
        string.Create(CultureInfo.InvariantCulture, $"score {result.Best?.Relevance ?? 0:F3}");

    private sealed record AskLine(
        [property: JsonPropertyName("question")] string Question,
        [property: JsonPropertyName("answer")] string? Answer,
        [property: JsonPropertyName("source")] string? Source,
        [property: JsonPropertyName("score")] double Score,
        [property: JsonPropertyName("matched")] bool Matched);
}
