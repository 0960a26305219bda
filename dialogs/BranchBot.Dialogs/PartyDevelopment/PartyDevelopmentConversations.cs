using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace BranchBot.Dialogs.PartyDevelopment;

/// <summary>The 发展党员 commands, the guided 记录, its date prompt and the two free sentences (issue 19).</summary>
public static class PartyDevelopmentConversations
{
    public static IServiceCollection AddPartyDevelopmentConversations(this IServiceCollection services)
    {
        services.AddSingleton<IChatCommand, ApplyCommand>();
        services.AddSingleton<IChatCommand, RecordStepCommand>();
        services.AddSingleton<IChatCommand, DevelopmentFileCommand>();
        services.AddSingleton<IChatCommand, DevelopmentLedgerCommand>();
        services.AddSingleton<IChatCommand, OwnProgressCommand>();
        services.AddSingleton<Dialog, RecordStepDialog>();
        services.AddSingleton<Dialog>(provider => new PastDatePrompt(provider.GetRequiredService<BranchClock>()));
        services.AddSingleton<Dialog, StepPrompt>();
        services.AddSingleton<IFreeTextHandler, DevelopmentFreeTextHandler>();
        return services;
    }
}
