using BranchBot.BotFramework.Turns;
using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Dialogs.Bot;

/// <summary>
/// The organisation's bot: runs each turn with the services of the sender's branch. A sender bound to no branch
/// (初始化, 加入 with any branch's code) is served at organisation level by the root container, which also serves the
/// first branch; while that is the only branch nothing is looked up. Otherwise the branch comes from the in-memory
/// <see cref="SenderBranchIndex"/> and its container from <see cref="IBranchScopes"/>: two dictionary reads.
/// </summary>
public sealed class BranchTurnRouter(IBranchScopes scopes, SenderBranchIndex index, BranchBotBot organisationBot) : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var bot = scopes.ServesOnlyPrimary ? organisationBot : await BotOfSenderAsync(turnContext, cancellationToken);
        await bot.OnTurnAsync(turnContext, cancellationToken);
    }

    private async Task<BranchBotBot> BotOfSenderAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var account = new ChatAccount(activity.ChannelId ?? string.Empty, activity.From?.Id ?? string.Empty);
        var branch = await index.BranchOfAccountAsync(account, cancellationToken);
        return branch is null || branch == scopes.PrimaryBranchId ? organisationBot : scopes.For(branch).GetRequiredService<BranchBotBot>();
    }
}
