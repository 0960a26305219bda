using System.Collections.Concurrent;
using BranchBot.BotFramework.Schema;
using BranchBot.BotFramework.Turns;

namespace BranchBot.BotFramework.Tests.Support;

/// <summary>A bot that records what reaches it and does whatever the test scripts.</summary>
internal sealed class ScriptedBot(Func<ITurnContext, CancellationToken, Task>? onTurn = null) : IBot
{
    private readonly ConcurrentQueue<Activity> _received = new();

    public IReadOnlyList<Activity> Received => [.. _received];

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        _received.Enqueue(turnContext.Activity);
        if (onTurn is not null)
        {
            await onTurn(turnContext, cancellationToken);
        }
    }
}
