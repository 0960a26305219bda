using BranchBot.Core.Knowledge;
using BranchBot.Core.Knowledge.Entries;
using BranchBot.Core.Storage;
using BranchBot.Dialogs.Knowledge;
using Microsoft.Extensions.Options;

namespace BranchBot.Hosting;

/// <summary>
/// Reads the knowledge files and the stored entries at start-up rather than on the first question: taking the service
/// is the load. <see cref="CreateShared"/> parses the files once for every branch and logs each entry left out, worded
/// for the people who edit the files; <see cref="Create"/> builds a branch's knowledge base over them (for the server
/// and the ask CLI alike).
/// </summary>
internal sealed partial class KnowledgeBaseLoader(KnowledgeBase knowledge) : IHostedService
{
    public KnowledgeBase Knowledge { get; } = knowledge;

    public static SharedKnowledge CreateShared(IServiceProvider services)
    {
        var logger = services.GetRequiredService<ILogger<KnowledgeBase>>();
        var shared = new SharedKnowledge(services.GetRequiredService<IOptions<KnowledgeOptions>>());
        shared.ListenTo(services.GetService<IChangeNotices>() ?? SingleInstanceChangeNotices.Instance);
        foreach (var problem in shared.Problems)
        {
            LogProblem(logger, KnowledgeFileTexts.Say(problem));
        }

        return shared;
    }

    public static KnowledgeBase Create(IServiceProvider services) =>
        new(services.GetRequiredService<SharedKnowledge>(), services.GetService<IKnowledgeEntryStore>(), services.GetRequiredService<ILogger<KnowledgeBase>>());

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Knowledge entry left out: {Problem}")]
    private static partial void LogProblem(ILogger logger, string problem);
}
