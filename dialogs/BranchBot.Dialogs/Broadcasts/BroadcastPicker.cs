using BranchBot.Core.Broadcasts;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Broadcasts;

/// <summary>
/// Reads the broadcast a management command names (广播详情 12, 催收 #12, 撤回 广播12); without one it offers the
/// recent broadcasts as buttons and runs the command again with the chosen number. A command that only reads may take
/// the one broadcast there is ("回执情况" right after the first broadcast); one that writes always asks.
/// </summary>
public sealed class BroadcastPicker(BroadcastService broadcasts)
{
    private const int Offered = 5;

    /// <summary>The number meant; null when the sender was asked or told something instead.</summary>
    public async Task<int?> PickAsync(
        BotTurn turn, string keyword, string arguments, Func<Broadcast, bool> offered, CancellationToken cancellationToken, bool readsOnly = false)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (number, _) = BroadcastNumbers.TakeLeading(arguments, bareNumberAllowed: true);
        if (number is not null)
        {
            return number;
        }

        // An answer to "是哪一条广播" that names none ("这个季度党课开了没") is not asked about again: that looped forever.
        if (!string.IsNullOrWhiteSpace(arguments))
        {
            await turn.SendAsync(BroadcastTexts.NumberNotSeen(arguments.Trim(), keyword), cancellationToken);
            return null;
        }

        var recent = (await broadcasts.ListRecentAsync(BroadcastTexts.ListedBroadcasts, cancellationToken)).Where(offered).Take(Offered).ToList();
        if (recent.Count == 0)
        {
            await turn.SendAsync(BroadcastTexts.NoBroadcasts, cancellationToken);
            return null;
        }

        if (readsOnly && recent.Count == 1)
        {
            return recent[0].Number;
        }

        await turn.AskArgumentAsync(
            new ArgumentRequest(keyword, BroadcastTexts.AskNumber, Choices: [.. recent.Select(b => b.Id)]), cancellationToken);
        return null;
    }
}
