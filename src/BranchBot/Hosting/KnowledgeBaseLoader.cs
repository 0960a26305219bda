using BranchBot.Core.Knowledge;

namespace BranchBot.Hosting;

/// <summary>
/// Reads the knowledge files and the stored entries at start-up rather than on the first question: taking the service
/// is the load.
/// </summary>
internal sealed class KnowledgeBaseLoader(KnowledgeBase knowledge) : IHostedService
{
    public KnowledgeBase Knowledge { get; } = knowledge;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
