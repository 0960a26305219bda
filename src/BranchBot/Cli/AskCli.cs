using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using BranchBot.Core.Knowledge;
using BranchBot.Core.Knowledge.Dues;
using BranchBot.Dialogs.Knowledge;

namespace BranchBot.Cli;

/// <summary>
/// ask "问题": the answer and its source; ask with no question: one question per line from standard input, one JSON
/// object per line out, for checking the knowledge base in bulk: the answer, the entry's id, its source document and
/// article, the score (the relevance the confidence rule judges) and the lookup's latency in milliseconds. Questions
/// are looked up through the chat's own <see cref="KnowledgeResponder.Search"/>, so both give the same entry. Dues
/// questions get exactly the chat's answer (<see cref="DuesAnswer"/>): computed (score 1) or the income asked for
/// (not matched).
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
        var knowledge = services.GetRequiredService<KnowledgeResponder>();
        var time = services.GetRequiredService<TimeProvider>();
        if (args.Length > 0)
        {
            var question = string.Join(' ', args);
            await output.WriteLineAsync(DuesAnswer.For(question) is { } dues ? DuesTexts.Say(dues) : Describe(await knowledge.SearchAsync(question, CancellationToken.None)));
            return 0;
        }

        while (await input.ReadLineAsync() is { } line)
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            await output.WriteLineAsync(JsonSerializer.Serialize(await LineAsync(knowledge, time, line.Trim()), Json));
        }

        return 0;
    }

    private static async Task<AskLine> LineAsync(KnowledgeResponder knowledge, TimeProvider time, string question)
    {
        var started = time.GetTimestamp();
        if (DuesAnswer.For(question) is { } dues)
        {
            var quote = (dues as DuesAnswer.Computed)?.Quote;
            var source = quote is null ? null : KnowledgeSource.Parse(quote.Source);
            return new AskLine(question, DuesTexts.Say(dues), quote?.Source, quote is null ? 0 : 1, quote is not null)
            {
                Document = source?.Document,
                Article = source?.Article,
                LatencyMs = Milliseconds(time, started),
            };
        }

        var result = await knowledge.SearchAsync(question, CancellationToken.None);
        var answer = result.Answer;
        var answers = result.Answers;
        return new AskLine(result.Question, answers.Count == 0 ? null : string.Join("\n\n", result.AnswerTexts), answers.Count == 0 ? null : string.Join("；", answers.Select(a => a.Source.ToString())), Math.Round(result.Best?.Relevance ?? 0, 3), answer is not null)
        {
            EntryId = answer?.Id,
            EntryIds = [.. answers.Select(a => a.Id)],
            Document = answer?.Source.Document,
            Article = answer?.Source.Article,
            LatencyMs = Milliseconds(time, started),
        };
    }

    private static double Milliseconds(TimeProvider time, long started) => Math.Round(time.GetElapsedTime(started).TotalMilliseconds, 3);

    private static string Describe(KnowledgeSearchResult result) => result.Verdict switch
    {
        KnowledgeVerdict.Answered => string.Join("\n\n", result.Answers.Zip(result.AnswerTexts, (a, text) => $"{text}\n依据：{a.Source}")) + $"\n（{Score(result)}）",
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
        [property: JsonPropertyName("matched")] bool Matched)
    {
        /// <summary>The answering entry (<see cref="KnowledgeEntry.Id"/>; a two-part question's first); null for dues and unanswered questions.</summary>
        [JsonPropertyName("entry_id")]
        public string? EntryId { get; init; }

        /// <summary>Every answering entry: one, or two for a question asking two things answered part by part; empty for dues and unanswered questions.</summary>
        [JsonPropertyName("entry_ids")]
        public IReadOnlyList<string> EntryIds { get; init; } = [];

        [JsonPropertyName("document")]
        public string? Document { get; init; }

        [JsonPropertyName("article")]
        public string? Article { get; init; }

        [JsonPropertyName("latency_ms")]
        public double LatencyMs { get; init; }
    }
}
