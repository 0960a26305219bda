using BranchBot.Core.Knowledge;
using BranchBot.Core.Knowledge.Entries;
using BranchBot.Dialogs.Knowledge;
using Microsoft.Extensions.Options;

namespace BranchBot.Hosting;

/// <summary>
/// Reads the knowledge files and the stored entries at start-up rather than on the first question: taking the service
/// is the load. <see cref="Create"/> builds the knowledge base (for the server and the ask CLI alike) and logs each
/// entry left out, worded for the people who edit the files.
/// </summary>
internal sealed partial class KnowledgeBaseLoader(KnowledgeBase knowledge) : IHostedService
{
    public KnowledgeBase Knowledge { get; } = knowledge;

    public static KnowledgeBase Create(IServiceProvider services)
    {
        var logger = services.GetRequiredService<ILogger<KnowledgeBase>>();
        var knowledge = new KnowledgeBase(services.GetRequiredService<IOptions<KnowledgeOptions>>(), services.GetService<IKnowledgeEntryStore>(), logger);
        foreach (var problem in knowledge.Problems)
        {
            LogProblem(logger, KnowledgeFileTexts.Say(problem));
        }

        return knowledge;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Knowledge entry left out: {Problem}")]
    private static partial void LogProblem(ILogger logger, string problem);
}
