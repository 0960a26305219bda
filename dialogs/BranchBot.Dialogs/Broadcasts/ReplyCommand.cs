using BranchBot.Core.Time;
using BranchBot.Core.Broadcasts;
using BranchBot.Core.Notifications;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Broadcasts;

/// <summary>
/// 回复 [广播12] &lt;内容&gt;: a member answers a broadcast (the latest one they received when no number is given); the
/// reply is stored with the broadcast and passed on to its author at once.
/// </summary>
public sealed class ReplyCommand(BroadcastService broadcasts, IMemberNotifier notifier, BranchClock clock, Core.Membership.IMembershipStore branch) : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = [BroadcastMessages.ReplyWord, "回复广播"];

    public CommandAudience Audience => CommandAudience.Members;

    public bool AcceptsGluedArguments => true;

    public CommandHelp Help { get; } = new(BroadcastTexts.HelpTopic, "回复广播", "回复 内容", "回复最近收到的支部广播，回复会转给发送人", Order: 87)
    {
        ButtonValue = BroadcastMessages.ReplyWord,
        Example = "回复 收到，准时参加",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (number, content) = BroadcastNumbers.TakeLeading(RawArguments.Of(turn, Keywords, arguments), bareNumberAllowed: false);
        var member = turn.Sender.Member!;
        if (content.Length == 0)
        {
            if (number is null && await broadcasts.FindLatestReceivedAsync(member, cancellationToken) is null)
            {
                await turn.SendAsync(BroadcastTexts.NothingToReplyTo, cancellationToken);
                return;
            }

            var prefix = number is { } n ? BroadcastMessages.Name(n) : null;
            await turn.AskArgumentAsync(new ArgumentRequest(Keywords[0], BroadcastTexts.AskReply, prefix), cancellationToken);
            return;
        }

        var replied = await broadcasts.ReplyAsync(member, number, content, cancellationToken);
        if (!replied.Succeeded)
        {
            await turn.SendAsync(BroadcastTexts.Problem(replied.Problem!, clock), cancellationToken);
            return;
        }

        if (replied.Value!.Repeated)
        {
            await turn.SendAsync(BroadcastTexts.ReplyRepeated(replied.Value), cancellationToken);
            return;
        }

        var reached = false;
        if (replied.Value!.Author is { } author)
        {
            var notification = new Notification(
                replied.Value.Broadcast.OrganisationNumber is { } organisationNumber
                    ? BroadcastTexts.ReplyToOrganisation(replied.Value, member.Name, (await branch.GetBranchAsync(cancellationToken))?.Name, organisationNumber)
                    : BroadcastTexts.ReplyToAuthor(replied.Value, member.Name),
                replied.Value.Broadcast.OrganisationNumber is { } organisationBroadcast
                    ? [$"{Organisation.OrganisationBroadcastListCommand.Keyword} {organisationBroadcast}"]
                    : [BroadcastTexts.AnswerButtonValue(member.Name), BroadcastTexts.DetailButton(replied.Value.Broadcast.Number)])
            {
                Key = NoticeKeys.Of("broadcast-reply", replied.Value.Reply.Id),
            };
            reached = (await notifier.NotifyAsync([author], notification, cancellationToken)).Delivered > 0;
        }

        await turn.SendAsync(BroadcastTexts.ReplyPassedOn(replied.Value, reached), cancellationToken);
    }
}
