using BranchBot.Core.Time;
using BranchBot.Core.Broadcasts;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Broadcasts;

/// <summary>补发 &lt;编号&gt;: sends a broadcast again to those it has not certainly reached (状态不明, 发送失败, newly bound).</summary>
public sealed class ResendBroadcastCommand(BroadcastService broadcasts, BroadcastPicker picker, BranchClock clock) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["补发", "重发"];

    public CommandAudience Audience => CommandAudience.Committee;

    public bool AcceptsGluedArguments => true;

    public CommandHelp Help { get; } = new(BroadcastTexts.HelpTopic, "补发", "补发 编号", "向状态不明、发送失败或刚绑定账号的同志再次发送这条广播", Order: 84)
    {
        Example = "补发 3",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (await picker.PickAsync(turn, Keywords[0], arguments, b => !b.IsWithdrawn, cancellationToken) is not { } number)
        {
            return;
        }

        var resent = await broadcasts.ResendAsync(number, turn.Sender.Member!, cancellationToken);
        await turn.SendAsync(resent.Succeeded ? BroadcastTexts.Resent(resent.Value!) : BroadcastTexts.Problem(resent.Problem!, clock), cancellationToken);
    }
}
