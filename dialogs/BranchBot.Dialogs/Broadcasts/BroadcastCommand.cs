using BranchBot.Core.Broadcasts;
using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Bot.Commands;

namespace BranchBot.Dialogs.Broadcasts;

/// <summary>
/// 广播 [内容]: writes a broadcast in a guided dialog (audience, 回执, time, preview) and sends it on 确认; an audience the
/// text names at its start ("发给全体党员：…", "各位党员：…") is not asked again (<see cref="BroadcastAudienceClause"/>).
/// </summary>
public sealed class BroadcastCommand : IChatCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["广播", "发广播", "发送广播"];

    public CommandAudience Audience => CommandAudience.Committee;

    public CommandHelp Help { get; } = new(BroadcastTexts.HelpTopic, "广播", "广播 内容", "向全体党员、支委、党小组或未签到/未回执的同志发通知，可要求回执、定时发送", Order: 80)
    {
        Example = "广播 本周五下午3点在三楼会议室召开支部党员大会，请准时参加",
        ShortcutFor = HelpShortcut.Committee | HelpShortcut.Secretary,
        RefusalHint = "你收到的广播通知可以发送「我的通知」查看。",
    };

    public async Task HandleAsync(BotTurn turn, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Sender.Member is not { } author || !BroadcastService.MayBroadcast(author))
        {
            await turn.SendAsync(BroadcastTexts.NotAllowed, cancellationToken);
            return;
        }

        var (withoutReceipt, requiresAcknowledgement) = BroadcastReceiptClause.Take(RawArguments.Of(turn, Keywords, arguments));
        var (text, audience) = BroadcastAudienceClause.Take(withoutReceipt);
        var form = new BroadcastForm { RequiresAcknowledgement = requiresAcknowledgement, AudienceKind = audience };
        form = text.Length == 0 ? form : form.WithText(text);
        await turn.BeginDialogAsync(BroadcastDialog.DialogId, form, cancellationToken);
    }
}
