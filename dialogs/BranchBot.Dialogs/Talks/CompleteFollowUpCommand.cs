using System.Globalization;
using BranchBot.Core.Talks;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.Dialogs.Talks;

/// <summary>完成必访 &lt;序号&gt; [情况]: marks one open follow-up (numbered as in 必访任务) done, with an optional note.</summary>
public sealed class CompleteFollowUpCommand(FollowUpService followUps) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["完成必访", "办结必访", "完成走访"];

    public CommandAudience Audience => CommandAudience.Secretary;

    public bool AcceptsGluedArguments => true;

    public CommandHelp Help { get; } = new(TalkTexts.HelpTopic, "完成必访", "完成必访 序号 [走访情况]", "走访或联系后办结一项必访任务", Order: 78)
    {
        Example = "完成必访 1 已上门看望，了解了家里的困难",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var secretary = turn.Sender.Member!;
        var open = await followUps.ListOpenFollowUpsAsync(secretary, cancellationToken);
        if (!open.Succeeded || open.Value!.Count == 0)
        {
            await turn.SendAsync(open.Problem is { } problem ? TalkTexts.Problem(problem) : TalkTexts.NoFollowUps, cancellationToken);
            return;
        }

        var tasks = open.Value;
        var (number, note) = MeetingNumbers.TakeLeading(arguments);
        if (number is not { } n || n < 1 || n > tasks.Count)
        {
            var prompt = TalkTexts.AskWhichFollowUp + "\n" + string.Join('\n', MeetingNumbers.Labels(tasks.Select(TalkTexts.FollowUpLine)));
            var numbers = Enumerable.Range(1, tasks.Count).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList();
            await turn.AskArgumentAsync(new ArgumentRequest(Keywords[0], prompt, Choices: numbers, ChoicesOnly: true), cancellationToken);
            return;
        }

        var done = await followUps.CompleteFollowUpAsync(secretary, tasks[n - 1].Task.Id, note.Length == 0 ? null : note, cancellationToken);
        await turn.SendAsync(done.Succeeded ? TalkTexts.FollowUpDone(done.Value!) : TalkTexts.Problem(done.Problem!), cancellationToken);
    }
}
