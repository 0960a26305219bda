using System.Globalization;
using System.Text.RegularExpressions;
using BranchBot.Core.Time;
using BranchBot.Core.Broadcasts;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Engine;

namespace BranchBot.Dialogs.Broadcasts;

/// <summary>
/// "好的", "收到了", "已阅" typed after a broadcast that asks for 收到 count as pressing 收到 — but only while the member's
/// latest broadcast is waiting for their receipt (sent in the last 3 days); otherwise the words go on as usual.
/// </summary>
public sealed partial class AcknowledgementWordsHandler(BroadcastService broadcasts, BranchClock clock) : IFreeTextHandler, IDialogInterjection
{
    private static readonly TimeSpan Within = TimeSpan.FromDays(3);

    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "好的", "好", "好嘞", "收到了", "已收到", "收到啦", "收悉", "已阅", "知道了", "明白", "明白了", "了解", "OK", "ok", "👌", "嗯", "嗯嗯",
        "已交", "已完成", "已报", "会准时参加", "准时参加", "一定参加", "一定准时参加", "会参加", "按时参加", "会按时参加",
        "一定按时参加", "准时到", "一定到", "一定准时到", "会准时到", "收到", "收到收到", "👍", "🙏",
    };

    // Words that only ever acknowledge a message: inside a dialog they are never its answer ("收到" is no 确认提交).
    private static readonly HashSet<string> ReceiptWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "收到", "收到了", "已收到", "收到啦", "收到收到", "收悉", "已阅", "已读",
    };

    // Said beside an acknowledgement ("好的，谢谢"), never one on its own.
    private static readonly HashSet<string> Courtesies = new(StringComparer.Ordinal)
    {
        "谢谢", "谢谢书记", "谢谢提醒", "辛苦了", "辛苦", "感谢",
    };

    // Before the knowledge base and the plan reader: these words are never questions.
    public int Order => 8;

    public Task<bool> TryHandleAsync(BotTurn turn, CancellationToken cancellationToken) =>
        AcknowledgeAsync(turn, IsAcknowledgement(turn?.Text) || IsLedByReceipt(turn?.Text), cancellationToken);

    /// <summary>Inside a dialog only a message led by a receipt word ("收到了，马上交") is taken; "好的" stays the dialog's.</summary>
    public Task<bool> TryInterjectAsync(BotTurn turn, CancellationToken cancellationToken) =>
        AcknowledgeAsync(turn, IsLedByReceipt(turn?.Text), cancellationToken);

    private async Task<bool> AcknowledgeAsync(BotTurn? turn, bool acknowledges, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Sender.Member is not { } member
            || !acknowledges
            || await broadcasts.AwaitingAcknowledgementAsync(member, Within, cancellationToken) is not { } waiting)
        {
            return false;
        }

        var acknowledged = await broadcasts.AcknowledgeAsync(member, waiting.Number, cancellationToken);
        await turn.SendAsync(acknowledged.Succeeded ? BroadcastTexts.Acknowledged(acknowledged.Value!) : BroadcastTexts.Problem(acknowledged.Problem!, clock), cancellationToken);
        return true;
    }

    /// <summary>
    /// "收到！会准时参加", "好的👌", "好的，谢谢": every part between punctuation is an acknowledgement or a courtesy
    /// (an emoji after the words aside), and at least one acknowledges. Anything else in the message is not a receipt.
    /// </summary>
    public static bool IsAcknowledgement(string? text)
    {
        var parts = PartSeparators().Split(text ?? string.Empty).Select(WithoutEmoji).Where(p => p.Length > 0).ToList();
        var acknowledging = parts.Count(p => Words.Contains(p) || CompletionReport().IsMatch(p));
        return acknowledging > 0 && acknowledging + parts.Count(IsCourtesy) == parts.Count;
    }

    /// <summary>"谢谢哈", "辛苦啦", "谢谢您": a courtesy with a particle or a "you" after it is that courtesy.</summary>
    private static bool IsCourtesy(string part) => Courtesies.Contains(part.TrimEnd('哈', '啊', '呀', '哦', '啦', '喽', '了', '你', '您')) || Courtesies.Contains(part);

    /// <summary>
    /// "收到了，马上交", "已阅", "好的 收到了 周四就交": the message opens with acknowledgements, one of them a receipt
    /// word, and nothing in it asks a question.
    /// </summary>
    private static bool IsLedByReceipt(string? text)
    {
        var parts = PartSeparators().Split(text ?? string.Empty).Select(WithoutEmoji).Where(p => p.Length > 0);
        return parts.TakeWhile(Words.Contains).Any(ReceiptWords.Contains) && !Question().IsMatch(text ?? string.Empty);
    }

    private static string WithoutEmoji(string part)
    {
        var words = new string([.. part.Where(c => !char.IsSurrogate(c) && c is not '\u200d' and not '\ufe0f' && char.GetUnicodeCategory(c) != UnicodeCategory.OtherSymbol)]);
        return words.Length > 0 ? words : part;
    }

    /// <summary>
    /// "已完成学习", "学完了", "我已经看完了": the member reports having done what a notice asked, which answers it as
    /// 收到 does. Paying (交) is left out: "已交党费" may be the member's own dues record.
    /// </summary>
    [GeneratedRegex(@"^(我|我们)?(已经?|都)?(完成|学完|看完|读完|做完|答完|填完|填好|写完|写好)了?(学习|任务|作业|答题|测试|测评|问卷|心得|笔记|自学)?了?$")]
    private static partial Regex CompletionReport();

    [GeneratedRegex(@"[？?]|吗|么|什么|怎么|哪")]
    private static partial Regex Question();

    [GeneratedRegex(@"[，,。.！!？?；;、~～\s]+")]
    private static partial Regex PartSeparators();
}
