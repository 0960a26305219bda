using BranchBot.Core.WebConsole;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.WebConsole.Access;

namespace BranchBot.WebConsole.Chat;

/// <summary>退出控制台: ends every console session of the sender, on every computer (one left signed in, a copied cookie).</summary>
public sealed class SignOutConsoleCommand(IConsoleSignOuts signOuts, ConsoleAudit audit, TimeProvider time) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["退出控制台", "注销控制台"];

    public CommandAudience Audience => CommandAudience.Committee;

    public CommandHelp Help { get; } = new(ConsoleChatTexts.HelpTopic, "退出控制台", "退出控制台", "让你在所有电脑上的控制台登录立即失效", Order: 92);

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var member = turn.Sender.Member!;
        var now = time.GetUtcNow();
        await signOuts.EndAllSessionsAsync(member.Id, now, now + ConsoleSession.Lifetime, cancellationToken);
        await audit.RecordAsync(member, "退出所有登录（聊天）", null, cancellationToken);
        await turn.SendAsync(ConsoleChatTexts.SignedOutEverywhere, cancellationToken);
    }
}
