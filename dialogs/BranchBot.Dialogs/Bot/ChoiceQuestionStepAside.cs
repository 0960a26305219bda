using System.Text.RegularExpressions;
using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Engine.Prompts;
using BranchBot.Dialogs.Intents;

namespace BranchBot.Dialogs.Bot;

/// <summary>
/// A member who changes their mind at a question with buttons (确认/不修改, 确认/修改/取消, which broadcast) and types
/// another command line gets that command, not the same question three times and then nothing; so does a request
/// in free words that the intent layer reads for sure ("帮我加一个党员 刘洋", "把陈静设为支委"), handled as it would
/// be outside the dialog (a write still only offered or previewed). What was pending is not done: a long form is set
/// aside for 继续填写 as after repeated misunderstanding, anything else is dropped, and the member is told which. An
/// answer the question understands, or words that may be meant as one (<see cref="IAnsweredQuestion.MayBeMeantAsAnswer"/>),
/// are always left to the question. A question that takes a few words of the member's own (a reason for leave) steps
/// aside in the same way for a command line or a sure request, and also for a question, which is then read afresh.
/// A short no at a question with buttons ("不是", "不用了", with or without thanks) wants none of them: the question is
/// set aside likewise; so is a question the member asks instead of choosing ("我可不可以不去过组织生活"), which is then read
/// afresh. A question whose answer has a shape (a date and time: "支委会什么时候开？") steps aside for what it cannot read
/// when that is a command line ("近期安排"), a sure request, or a question that is not about the time ("谁还没交党费").
/// </summary>
public sealed partial class ChoiceQuestionStepAside(DialogSet dialogs, CommandInterruption interruption, IntentFreeTextHandler intents)
{
    private const int MaxRefusalLength = 4;

    public async Task<StepAside> TryAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var dc = turn.Dialogs;
        if (dc.ActiveInstance is not { } active || dialogs.Find(active.Id) is not IAnsweredQuestion question
            || !(question.OffersChoices || question.TakesShortAnswer(dc) || question.TakesShapedAnswer)
            || question.Understands(dc, turn.Text) && (question.OffersChoices || question.TakesShapedAnswer))
        {
            return StepAside.No;
        }

        if (question.OffersChoices && IsRefusal(turn.Text))
        {
            // "不是", "不用了" at "要请假的是哪一次？": none of the options is wanted; the member is told nothing was done.
            await SetAsideAsync(dc, cancellationToken);
            return StepAside.Handled;
        }

        if (interruption.Find(turn.Text) is { } other)
        {
            await SetAsideAsync(dc, cancellationToken);
            await interruption.RunAsync(dc, other, cancellationToken);
            return StepAside.Handled;
        }

        if ((question.TakesShortAnswer(dc) || question.TakesShapedAnswer && !SpeaksOfWhen(turn.Text)) && LeaveReasonReply.IsQuestion(turn.Text))
        {
            // "我这个月党费交多少" at "请说明请假原因": a question is no reason; it is answered as if nothing had been asked.
            await SetAsideAsync(dc, cancellationToken);
            return StepAside.ReadAfresh;
        }

        if (question.OffersChoices && AsksInstead(turn.Text) && !question.MayBeMeantAsAnswer(dc, turn.Text))
        {
            // "我可不可以不去过组织生活" at "要请假的是哪一次？", "我工资八千五 党费该交多少啊" at 继续/重新开始: the member asks
            // something else; asking the same again would not answer it.
            await SetAsideAsync(dc, cancellationToken);
            return StepAside.ReadAfresh;
        }

        if ((question.OffersChoices && question.MayBeMeantAsAnswer(dc, turn.Text))
            || await intents.RequestReadingAsync(turn, cancellationToken) is not { } request)
        {
            return StepAside.No;
        }

        if (!IntentFreeTextHandler.IsSure(request))
        {
            // Any words may be meant as a reason, so for a short answer only a sure request counts as another one. At a
            // question with buttons, a likely request that names a meeting ("支委会推到下周" at the 确认/不修改 of a change to
            // the 党员大会) is offered afresh ("你是想…吗？") rather than answered with the old question's buttons again.
            if (!question.OffersChoices || !NamesAMeeting(turn.Text))
            {
                return StepAside.No;
            }

            await SetAsideAsync(dc, cancellationToken);
            return StepAside.ReadAfresh;
        }

        await SetAsideAsync(dc, cancellationToken);
        return await intents.TryHandleAsync(turn, cancellationToken) ? StepAside.Handled : StepAside.ReadAfresh;
    }

    /// <summary>
    /// A short no on its own ("不是", "不用了", "不请了", "不用了谢谢": thanks are no part of its length); a longer one may go
    /// on to say which option is meant.
    /// </summary>
    private static bool IsRefusal(string text)
    {
        var core = Thanks().Replace(ReplyText.Plain(ReplyText.Clean(text)), string.Empty);
        return core.Length is > 0 and <= MaxRefusalLength && YesNoReader.Read(core) == false;
    }

    /// <summary>
    /// A question of its own rather than a choice: a yes-or-no asked as 可不可以/能不能/是不是/要不要 about something it names
    /// ("我可不可以不去过组织生活"), or any other question long enough to name its own subject ("我工资八千五 党费该交多少啊"). A question about the question asked ("这个啥意思呢", "回执是什么意思？", "这个要怎么弄")
    /// is left to it, which asks again with its options.
    /// </summary>
    private static bool AsksInstead(string text)
    {
        var plain = ReplyText.Plain(ReplyText.Clean(text));
        return plain.Length >= MinOwnQuestionLength && (EitherWayQuestion().IsMatch(plain) || LeaveReasonReply.IsQuestion(text))
            && !AboutTheQuestion().IsMatch(plain);
    }

    private const int MinOwnQuestionLength = 6;

    /// <summary>"什么时候都行", "哪天合适啊" at "什么时候开？": words about the time asked for are left to that question.</summary>
    private static bool SpeaksOfWhen(string text) => WhenWords().IsMatch(text);

    private static bool NamesAMeeting(string text) => MeetingKinds.TryFind(text, out _, out _, out _);

    [GeneratedRegex(@"时候|时间|哪天|几点|几号|日子|周|星期|礼拜|[上下]午|晚上|早上|点|号|月|天")]
    private static partial Regex WhenWords();

    [GeneratedRegex(@"这个|那个|这是|这里|意思|啥|选哪|哪个好")]
    private static partial Regex AboutTheQuestion();

    [GeneratedRegex(@"谢谢(你|您|啦|了)?|多谢|谢啦|感谢")]
    private static partial Regex Thanks();

    [GeneratedRegex(@"可不可以|能不能|是不是|要不要|用不用|需不需要|有没有|行不行|算不算")]
    private static partial Regex EitherWayQuestion();

    private static async Task SetAsideAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var kept = dc.KeptWhenAbandoned();
        var draft = dc.ParkOrClear();
        IEnumerable<string> lines = draft is null ? [BotTexts.PendingDropped, .. kept] : [PromptTexts.DraftParked(draft)];
        await dc.SendAsync(string.Join("\n", lines), cancellationToken);
    }
}

/// <summary>What became of a message sent while a question was waiting for its answer.</summary>
public enum StepAside
{
    /// <summary>It is left to the question.</summary>
    No,

    /// <summary>It was another request, handled; the question was set aside.</summary>
    Handled,

    /// <summary>The question was set aside; the message is read as if nothing had been asked.</summary>
    ReadAfresh,
}
