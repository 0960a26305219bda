using BranchBot.Dialogs.Intents;
using BranchBot.Tests.Knowledge;
using BranchBot.Tests.Knowledge.Evaluation;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace BranchBot.Tests.Intents;

/// <summary>
/// The knowledge base's own evaluation questions (Knowledge/Evaluation/questions.tsv) are free sentences too: none may
/// be read as a command sure enough to run or be offered, or the question would never reach the knowledge base.
/// </summary>
public class KnowledgeQuestionsStayKnowledgeTests(ITestOutputHelper output)
{
    [Fact]
    public async Task No_knowledge_question_is_read_as_a_command()
    {
        await using var bot = new BotHarness();
        var branch = new IntentBranch(bot);
        var recognizer = bot.Services.GetRequiredService<IntentRecognizer>();
        var inputs = bot.Services.GetRequiredService<IntentInputReader>();

        var secretary = await branch.SecretarySenderAsync();
        var taken = new List<string>();
        foreach (var question in EvaluationQuestion.Load(KnowledgeFiles.EvaluationFile))
        {
            var readings = await recognizer.RecognizeAsync(inputs.Read(question.Question, secretary), CancellationToken.None);
            if (readings.Count > 0)
            {
                taken.Add($"{question.Question} → {readings[0].Command} ({readings[0].Confidence})");
            }
        }

        taken.ForEach(output.WriteLine);
        Assert.Empty(taken);
    }
}
