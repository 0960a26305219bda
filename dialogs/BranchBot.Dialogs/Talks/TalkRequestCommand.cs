using BranchBot.Core.Membership;
using BranchBot.Core.Notifications;
using BranchBot.Core.Talks;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Talks;

/// <summary>
/// 约谈心 [姓名]: tells the 书记 (or the member named) that the sender would like a 谈心谈话 with them, and keeps the
/// request (谈心请求) until a talk between them is recorded; asking again within days tells no one twice.
/// </summary>
public sealed class TalkRequestCommand(MembershipService membership, TalkRequestService requests, IMemberNotifier notifier, BranchClock clock) : IChatCommand
{
    public const string Keyword = "约谈心";

    public IReadOnlyList<string> Keywords { get; } = [Keyword, "约谈话"];

    public CommandAudience Audience => CommandAudience.Members;

    public CommandHelp Help { get; } = new(TalkTexts.HelpTopic, Keyword, "约谈心 [姓名]", "告诉书记（或写明的人）你想找他谈心谈话，请他和你约时间", Order: 90)
    {
        Example = "约谈心 书记",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var me = turn.Sender.Member!;
        var members = await membership.ListMembersAsync(cancellationToken);
        var name = (arguments ?? string.Empty).Trim();
        var target = name.Length == 0 || name is "书记" or "支部书记"
            ? BranchOfficers.Among(members, OfficerRule.SecretariesOnly).FirstOrDefault()
            : members.FirstOrDefault(m => m.Name == name);
        if (target is null)
        {
            await turn.SendAsync(name.Length == 0 || name is "书记" or "支部书记" ? TalkTexts.NoSecretary : TalkTexts.UnknownTalkTarget(name), cancellationToken);
            return;
        }

        if (target.Id == me.Id)
        {
            await turn.SendAsync(TalkTexts.NotYourself, cancellationToken);
            return;
        }

        var called = target.Role == MemberRole.Secretary ? $"书记{target.Name}" : target.Name;
        if (await requests.RecentOpenAsync(me, target, cancellationToken) is { } earlier)
        {
            await turn.SendAsync(TalkTexts.AlreadyRequested(called, clock.ToLocal(earlier.RequestedAt)), cancellationToken);
            return;
        }

        var request = await requests.RecordAsync(me, target, cancellationToken);
        var sent = await notifier.NotifyAsync([target], new Notification(TalkTexts.TalkRequestNotice(me.Name)) { Key = NoticeKeys.Of("talk-request", request.Id) }, cancellationToken);
        await turn.SendAsync(TalkTexts.TalkRequested(called, sent.Delivered > 0), cancellationToken);
    }
}
