using BranchBot.Core.PartyDevelopment;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.PartyDevelopment;

/// <summary>我的入党进度: the sender's own stage and what comes next, nothing else of the file.</summary>
public sealed class OwnProgressCommand(DevelopmentService development) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["我的入党进度", "入党进度"];

    public CommandAudience Audience => CommandAudience.Members;

    public CommandHelp Help { get; } = new(DevelopmentTexts.HelpTopic, "我的入党进度", "我的入党进度", "查看自己处在发展党员的哪个阶段、下一步是什么", Order: 84);

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await turn.SendAsync(await ReplyAsync(development, turn, cancellationToken), cancellationToken);
    }

    public static async Task<string> ReplyAsync(DevelopmentService development, BotTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(development);
        ArgumentNullException.ThrowIfNull(turn);
        var own = await development.OwnProgressAsync(turn.Sender.Member!, cancellationToken);
        return own.Succeeded ? DevelopmentTexts.OwnProgress(own.Value!) : DevelopmentTexts.Problem(own.Problem!);
    }
}
