using System.Text.RegularExpressions;
using BranchBot.Core.Knowledge.Focus;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Intents;

namespace BranchBot.Dialogs.Knowledge;

/// <summary>
/// An elliptical follow-up right after a rules or dues answer, read against what that answer was about
/// (<see cref="AnswerFocus"/>): after "我工资6000 党费交多少", "那我一年交多少" / "一个季度呢" reuse the income and answer the
/// period, "退休了呢" asks for the pension, "那8000呢" works out the new income; after a rules answer, "那预备党员呢" or
/// "要多久" is looked up together with the question before it (the knowledge base then answers or, unsure, asks with its
/// closest questions). A sentence any command reading takes ("那我请假") is left to the intent layer.
/// </summary>
public sealed partial class AnswerFollowUpHandler(
    AnswerFocusStore answers, KnowledgeResponder responder, IntentRecognizer recognizer, IntentInputReader inputs, HelpResponder help, TimeProvider time) : IFreeTextHandler
{
    private const int LongestFollowUp = 14;

    // After the meeting-focus readers (15), before the intent layer (20) and the broadcast-reply offer (99), which would
    // otherwise take "一个季度呢" for a reply to the last notice.
    public int Order => 18;

    public async Task<bool> TryHandleAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var text = turn.Text?.Trim() ?? string.Empty;
        // The sentence's shape first: most messages are no follow-up, and need no read of the member's last answer.
        var duesWords = DuesFollowUp.Read(text);
        var elliptical = IsElliptical(text);
        if (turn.Sender.Member is not { } member || text.Length == 0 || (duesWords is null && !elliptical)
            || await answers.GetAsync(member.Id, cancellationToken) is not { } focus)
        {
            return false;
        }

        var duesFollowUp = focus.IsDues ? duesWords : null;
        if ((duesFollowUp is null && (focus.IsDues || !elliptical))
            || (await recognizer.RecognizeAsync(inputs.ReadInConversation(text, turn.Sender), cancellationToken)).Count > 0)
        {
            return false;
        }

        if (duesFollowUp is not null)
        {
            var (reply, next) = DuesTexts.FollowUp(focus, duesFollowUp, time.GetUtcNow());
            await turn.SendAsync(reply, cancellationToken);
            await answers.SetAsync(member.Id, next, cancellationToken);
            return true;
        }

        var together = $"{focus.Question} {text}";
        await responder.AnswerAsync(turn, together, help.NamedIn(turn.Sender, together), cancellationToken);
        return true;
    }

    /// <summary>Says too little to stand alone: "那预备党员呢", "要是出差呢", "要多久", "几年".</summary>
    public static bool IsElliptical(string text)
    {
        var clean = Decoration().Replace(text, string.Empty);
        return clean.Length is > 0 and <= LongestFollowUp && (LeansBack().IsMatch(clean) || BareAmount().IsMatch(clean));
    }

    [GeneratedRegex(@"[\s\p{P}\p{S}]|[\uD800-\uDFFF]")]
    private static partial Regex Decoration();

    [GeneratedRegex(@"^(那|那么|那要是|那如果|要是|如果|还有|那要|那我|那他|那她)\S*(呢|吗|么|多少|多久|几)|呢$")]
    private static partial Regex LeansBack();

    [GeneratedRegex(@"^(那|那么)?(要|需要|得|一般)?(多久|多长时间|多长|几年|几个月|几天|几次|多少次|多少钱|多少)(呢|啊|呀)?$")]
    private static partial Regex BareAmount();
}
