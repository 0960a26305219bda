using System.Globalization;
using BranchBot.Core.Knowledge.Questions;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Engine;

namespace BranchBot.Dialogs.Knowledge;

/// <summary>
/// 回答 编号 答复: answers a question from 待答问题 and sends the answer to the asker; asks for the number or the
/// answer when missing. The reply offers 保存到问答库.
/// </summary>
public sealed class AnswerQuestionCommand(PendingQuestionService questions) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = [KnowledgeTexts.AnswerCommand];

    public CommandAudience Audience => CommandAudience.Committee;

    public CommandHelp? Help => null;

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (number, answer) = QuestionNumbers.Split(arguments);
        if (number is null)
        {
            var open = await questions.ListAsync(openOnly: true, cancellationToken);
            await (open.Count == 0
                ? turn.SendAsync(KnowledgeTexts.NoPendingQuestions, cancellationToken)
                : turn.AskArgumentAsync(
                    new ArgumentRequest(Keywords[0], KnowledgeTexts.AskAnswerNumber, Choices: [.. open.Select(q => q.Number.ToString(CultureInfo.InvariantCulture))]),
                    cancellationToken));
            return;
        }

        if (answer.Length == 0)
        {
            var question = await questions.GetAsync(number.Value, cancellationToken);
            await (question is { IsOpen: true }
                ? turn.AskArgumentAsync(new ArgumentRequest(Keywords[0], KnowledgeTexts.AskAnswerFor(question), Prefix: number.Value.ToString(CultureInfo.InvariantCulture)), cancellationToken)
                : AnswerAndReplyAsync(turn, number.Value, answer, cancellationToken));
            return;
        }

        await AnswerAndReplyAsync(turn, number.Value, answer, cancellationToken);
    }

    private async Task AnswerAndReplyAsync(BotTurn turn, int number, string answer, CancellationToken cancellationToken)
    {
        var answered = await questions.AnswerAsync(number, answer, turn.Sender.Member!, cancellationToken);
        await (answered.Succeeded
            ? turn.SendAsync(
                Buttons.Message(KnowledgeTexts.Answered(answered.Value!), [(KnowledgeTexts.SaveToKnowledgeBase, KnowledgeTexts.SaveButtonValue(number))]),
                cancellationToken)
            : turn.SendAsync(KnowledgeTexts.Problem(answered.Problem!), cancellationToken));
    }
}

/// <summary>Reads "3 答复内容" or "第3个 …" into the question number and the rest.</summary>
internal static class QuestionNumbers
{
    public static (int? Number, string Remainder) Split(string arguments)
    {
        var text = (arguments ?? string.Empty).Trim().TrimStart('第', '#', '＃');
        var digits = text.TakeWhile(char.IsAsciiDigit).Count();
        if (digits == 0 || !int.TryParse(text.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return (null, text);
        }

        var rest = text[digits..].TrimStart('个', '条', '号', '：', ':', ' ', '，', ',').Trim();
        return (number, rest);
    }
}
