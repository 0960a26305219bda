using BranchBot.Core.Talks;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Engine;

namespace BranchBot.Dialogs.Talks;

/// <summary>
/// 谈心请求: who has asked the sender for a 谈心谈话 (约谈心) and not yet had it, oldest first, each with a button to
/// record the talk once held; recording it is what takes the request off the list.
/// </summary>
public sealed class TalkRequestsCommand(TalkRequestService requests) : IChatCommand
{
    public const string Keyword = "谈心请求";

    /// <summary>Buttons for the first few requesters; more would crowd a phone screen.</summary>
    private const int MostButtons = 3;

    public IReadOnlyList<string> Keywords { get; } = [Keyword];

    public CommandAudience Audience => CommandAudience.Members;

    public CommandHelp Help { get; } = new(TalkTexts.HelpTopic, Keyword, Keyword, "查看谁向你提出了谈心请求、还没有谈", Order: 91);

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var open = await requests.OpenToAsync(turn.Sender.Member!, cancellationToken);
        if (open.Count == 0)
        {
            var view = turn.Sender.IsCommittee ? TalkTexts.CoverageView : TalkTexts.OwnRecordsView;
            await turn.SendAsync(Buttons.Message(TalkTexts.NoOpenTalkRequests(view), [view]), cancellationToken);
            return;
        }

        await turn.SendAsync(Buttons.Message(TalkTexts.OpenTalkRequests(open), open.Take(MostButtons).Select(r => TalkTexts.RecordTalkWith(r.From.Name))), cancellationToken);
    }
}
