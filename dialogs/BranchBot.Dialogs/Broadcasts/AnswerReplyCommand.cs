using System.Security.Cryptography;
using System.Text;
using BranchBot.Core.Broadcasts;
using BranchBot.Core.Membership;
using BranchBot.Core.Notifications;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Membership;

namespace BranchBot.Dialogs.Broadcasts;

/// <summary>
/// 答复 姓名 内容: the author of a broadcast answers a member's reply to it ("笔记手写的行不行" → "可以手写"); the answer
/// reaches the member with what they had asked. Only a reply sent to one of the sender's own broadcasts in the last
/// <see cref="Within"/> can be answered: this is no channel for messages out of the blue.
/// </summary>
public sealed class AnswerReplyCommand(BroadcastService broadcasts, MembershipService membership, IMemberNotifier notifier) : IChatCommand
{
    public const string Keyword = "答复";

    private static readonly TimeSpan Within = TimeSpan.FromDays(30);

    public IReadOnlyList<string> Keywords { get; } = [Keyword, "答复回复"];

    public CommandAudience Audience => CommandAudience.Committee;

    public bool AcceptsGluedArguments => true;

    public CommandHelp Help { get; } = new(BroadcastTexts.HelpTopic, "答复", "答复 姓名 内容", "答复党员对你的广播的回复，答复会发给这位党员", Order: 85)
    {
        Example = "答复 刘洋 可以手写，周五前交",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (name, content) = MemberNameArguments.Split(RawArguments.Of(turn, Keywords, arguments));
        if (name.Length == 0)
        {
            await turn.SendAsync(BroadcastTexts.AnswerUsage, cancellationToken);
            return;
        }

        if (await membership.FindByNameAsync(name, cancellationToken) is not { IsActive: true } replier)
        {
            await turn.SendAsync(MembershipProblemTexts.NotFound(name), cancellationToken);
            return;
        }

        var author = turn.Sender.Member!;
        if (await broadcasts.FindReplyToAnswerAsync(author, replier, Within, cancellationToken) is not { } asked)
        {
            await turn.SendAsync(BroadcastTexts.NoReplyToAnswer(replier.Name), cancellationToken);
            return;
        }

        if (content.Length == 0)
        {
            await turn.AskArgumentAsync(new ArgumentRequest(Keyword, BroadcastTexts.AskAnswer(replier.Name, asked.Reply), Prefix: $"{replier.Name} "), cancellationToken);
            return;
        }

        if (content.Length > BroadcastService.MaxReplyLength)
        {
            await turn.SendAsync(BroadcastTexts.AnswerTooLong, cancellationToken);
            return;
        }

        // The same answer to the same reply is one notice: a second press reaches nobody twice.
        var notification = new Notification(BroadcastTexts.AnswerToMember(author.Name, asked.Broadcast, asked.Reply, content), [BroadcastMessages.ReplyValue(asked.Broadcast.Number)])
        {
            Key = NoticeKeys.Of("broadcast-answer", asked.Reply.Id, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..16]),
        };
        var reached = (await notifier.NotifyAsync([replier], notification, cancellationToken)).Delivered > 0;
        await turn.SendAsync(BroadcastTexts.AnswerPassedOn(replier.Name, reached), cancellationToken);
    }
}
