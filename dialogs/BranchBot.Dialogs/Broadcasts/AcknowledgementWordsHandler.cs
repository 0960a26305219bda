using BranchBot.Core.Time;
using BranchBot.Core.Broadcasts;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Engine;

namespace BranchBot.Dialogs.Broadcasts;

/// <summary>
/// "好的", "收到了", "已阅" typed after a broadcast that asks for 收到 count as pressing 收到 — but only while the member's
/// latest broadcast is waiting for their receipt (sent in the last 3 days); otherwise the words go on as usual.
/// </summary>
public sealed class AcknowledgementWordsHandler(BroadcastService broadcasts, BranchClock clock) : IFreeTextHandler
{
    private static readonly TimeSpan Within = TimeSpan.FromDays(3);

    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "好的", "好", "好嘞", "收到了", "已收到", "收到啦", "收悉", "已阅", "知道了", "明白", "明白了", "了解", "OK", "ok", "👌", "嗯", "嗯嗯",
        "已交", "已完成", "已报", "会准时参加", "准时参加", "一定参加",
    };

    // Before the knowledge base and the plan reader: these words are never questions.
    public int Order => 8;

    public async Task<bool> TryHandleAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Sender.Member is not { } member
            || !Words.Contains(TextNormalizer.StripTrailingPunctuation(turn.Text).Trim().TrimEnd('~', '～', '！', '!'))
            || await broadcasts.AwaitingAcknowledgementAsync(member, Within, cancellationToken) is not { } waiting)
        {
            return false;
        }

        var acknowledged = await broadcasts.AcknowledgeAsync(member, waiting.Number, cancellationToken);
        await turn.SendAsync(acknowledged.Succeeded ? BroadcastTexts.Acknowledged(acknowledged.Value!) : BroadcastTexts.Problem(acknowledged.Problem!, clock), cancellationToken);
        return true;
    }
}
