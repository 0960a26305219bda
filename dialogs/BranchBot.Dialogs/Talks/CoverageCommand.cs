using BranchBot.Core.Talks;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.Dialogs.Talks;

/// <summary>
/// 谈心情况 [年份]: the yearly requirement per pair type and, per member, whom they still have to talk with. Open to
/// the whole committee, who lead these talks: it shows names and counts only, never content. The viewer's own open
/// 谈心请求 are counted at the end, since those talks are theirs to arrange.
/// </summary>
public sealed class CoverageCommand(TalkCoverageService coverage, TalkRequestService requests, BranchClock clock) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["谈心情况", "谈心谈话情况"];

    public CommandAudience Audience => CommandAudience.Committee;

    public bool AcceptsGluedArguments => true;

    public CommandHelp Help { get; } = new(TalkTexts.HelpTopic, "谈心情况", "谈心情况 [年份]", "查看今年谈心谈话完成情况：谁还没和谁谈过", Order: 74)
    {
        Example = "谈心情况 2026",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (LedgerScope.Read(arguments, clock.Now) is not { Quarter: null } scope)
        {
            await turn.SendAsync(TalkTexts.YearUnknown(arguments), cancellationToken);
            return;
        }

        var year = coverage.CheckYear(scope.Year);
        if (!year.Succeeded)
        {
            await turn.SendAsync(TalkTexts.Problem(year.Problem!), cancellationToken);
            return;
        }

        var result = await coverage.CoverageAsync(year.Value, cancellationToken);
        var text = TalkTexts.Coverage(result, mayPlan: turn.Sender.IsSecretary && year.Value == coverage.CurrentYear);
        var waiting = await requests.OpenToAsync(turn.Sender.Member!, cancellationToken);
        await turn.SendAsync(waiting.Count == 0 ? text : text + TalkTexts.RequestsWaiting(waiting.Count), cancellationToken);
    }
}
