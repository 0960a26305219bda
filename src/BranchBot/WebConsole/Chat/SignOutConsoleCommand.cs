using BranchBot.Core.WebConsole;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.WebConsole.Access;

namespace BranchBot.WebConsole.Chat;

/// <summary>退出控制台: ends every console session of the sender, on every computer (one left signed in, a copied cookie).</summary>
public sealed class SignOutConsoleCommand(IConsoleSignOuts signOuts, ConsoleGate gate, ConsoleAudit audit, TimeProvider time) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["退出控制台", "注销控制台"];

    // Members: whoever may sign in to the console (committee or 党委 role) may end their sessions; checked below.
    public CommandAudience Audience => CommandAudience.Members;

    public bool IsOfferedTo(Sender sender) => sender?.IsCommittee == true;

    public CommandHelp Help { get; } = new(ConsoleChatTexts.HelpTopic, "退出控制台", "退出控制台", "让你在所有电脑上的控制台登录立即失效", Order: 92);

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var member = turn.Sender.Member!;
        if (!(await gate.AccessOfAsync(member, null, cancellationToken)).MayUse)
        {
            await turn.SendAsync(ConsoleChatTexts.Refused(Keywords[0]), cancellationToken);
            return;
        }

        var now = time.GetUtcNow();
        await signOuts.EndAllSessionsAsync(member.Id, now, now + ConsoleSession.Lifetime, cancellationToken);
        await audit.RecordAsync(member, "退出所有登录（聊天）", null, cancellationToken);
        await turn.SendAsync(ConsoleChatTexts.SignedOutEverywhere, cancellationToken);
    }
}
