using BranchBot.Core.Membership;
using BranchBot.Core.Notifications;
using BranchBot.Core.Talks;

namespace BranchBot.Dialogs.Talks;

/// <summary>
/// Stores a talk through the domain and tells the other side (without the content); returns the reply. An entry whose
/// id was recorded before (its 确认 arrived twice) is named, not stored or told again.
/// </summary>
public sealed class TalkRecorder(TalkRecordService talks, TalkNotifier notifier)
{
    public async Task<string> RecordAsync(Member author, string partnerName, TalkEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Id is { } id && await talks.GetAsync(author, id, cancellationToken) is { Succeeded: true } made)
        {
            return TalkTexts.TalkAlreadyRecorded(made.Value!);
        }

        var recorded = await talks.RecordTalkAsync(author, partnerName, entry, cancellationToken);
        if (!recorded.Succeeded)
        {
            return TalkTexts.Problem(recorded.Problem!);
        }

        var view = recorded.Value!;
        var notice = new Notification(TalkTexts.TalkRecordedForPartner(view), ["谈心记录"]) { Key = NoticeKeys.Of("talk-recorded", view.Record.Id) };
        var told = await notifier.NotifyAsync([view.Other], notice, cancellationToken);
        return TalkTexts.TalkRecorded(view, partnerTold: told.Delivered > 0);
    }
}
