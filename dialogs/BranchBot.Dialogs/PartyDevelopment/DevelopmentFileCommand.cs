using BranchBot.Core.PartyDevelopment;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.PartyDevelopment;

/// <summary>发展党员 [姓名]: without a name the 台账 summary, with one the person's file, next step and deadlines; committee only.</summary>
public sealed class DevelopmentFileCommand(DevelopmentService development) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["发展党员", "入党档案"];

    public CommandAudience Audience => CommandAudience.Committee;

    public CommandHelp Help { get; } = new(DevelopmentTexts.HelpTopic, "发展党员", "发展党员 [姓名]", "查看某人的发展党员档案、下一步和期限（不带姓名看台账）", Order: 82)
    {
        Example = "发展党员 张三",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        await turn.SendAsync(await ReplyAsync(development, turn, arguments, cancellationToken), cancellationToken);
    }

    public static async Task<string> ReplyAsync(DevelopmentService development, BotTurn turn, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(development);
        ArgumentNullException.ThrowIfNull(turn);
        if (string.IsNullOrWhiteSpace(name))
        {
            var ledger = await development.LedgerAsync(turn.Sender.Member!, cancellationToken);
            return ledger.Succeeded ? DevelopmentTexts.Ledger(ledger.Value!) : DevelopmentTexts.Problem(ledger.Problem!);
        }

        var file = await development.FileAsync(turn.Sender.Member!, name.Trim(), cancellationToken);
        return file.Succeeded ? DevelopmentTexts.File(file.Value!) : DevelopmentTexts.Problem(file.Problem!);
    }
}
