using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Bot;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// For commands about a meeting still to come (取消会议, 修改会议): takes the leading 序号 when it names one of the
/// upcoming meetings, or a leading kind when one meeting of it is ahead ("修改会议 党课 …"), or (取消会议) a day and kind
/// naming one meeting ahead ("取消会议 12月2日党员大会"), otherwise asks which one with buttons, then hands the meeting
/// to the command.
/// </summary>
public sealed class UpcomingMeetingChooser(MeetingService meetings, MeetingPresenter presenter)
{
    /// <param name="keepRemainder">Pass the text after the number on to the handler (修改会议 carries what to change).</param>
    public async Task ChooseAsync(BotTurn turn, string arguments, IMeetingChoiceHandler handler, string question, bool keepRemainder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(handler);
        var upcoming = await meetings.ListUpcomingAsync(MeetingTexts.ListedMeetings, cancellationToken);
        if (upcoming.Count == 0)
        {
            await turn.SendAsync(MeetingTexts.NothingToChange, cancellationToken);
            return;
        }

        var (number, remainder) = MeetingNumbers.TakeLeading(arguments);
        var payload = keepRemainder ? remainder : null;
        if (number is { } n && n >= 1 && n <= upcoming.Count)
        {
            await handler.ContinueAsync(turn, upcoming[n - 1].Id, payload, cancellationToken);
            return;
        }

        if (number is null && OnlyOfKindNamedFirst(arguments, upcoming) is { } named)
        {
            // "修改会议 党课 12月12日晚上7点半": the one 党课 ahead, the rest being the change (its day is the new day).
            await handler.ContinueAsync(turn, named.Meeting.Id, keepRemainder ? named.Change : null, cancellationToken);
            return;
        }

        if (number is null && !keepRemainder && OnlyNamed(arguments, upcoming) is { } only)
        {
            // "取消会议 12月2日党员大会", as the intent layer writes it: the one meeting ahead that the day and kind name.
            await handler.ContinueAsync(turn, only.Id, null, cancellationToken);
            return;
        }

        var prompt = number is null ? question : MeetingTexts.NoSuchNumber(number.Value) + question;
        await turn.BeginDialogAsync(
            ChooseMeetingDialog.DialogId,
            new ChooseMeetingDialog.Request(prompt, [.. upcoming.Select(m => m.Id)], MeetingNumbers.Labels(upcoming.Select(presenter.Describe)), handler.ChoiceKey, payload),
            cancellationToken);
    }

    /// <summary>
    /// The one meeting ahead that arguments naming nothing but a meeting name ("12月2日党员大会", "下周三的支委会"); a this-week
    /// day already past names none (the picker shows what is ahead).
    /// </summary>
    private Meeting? OnlyNamed(string arguments, IReadOnlyList<Meeting> upcoming)
    {
        if (NamedMeeting.Read(arguments.Trim(), presenter.Clock.Now, presenter.Clock.Zone) is not { WithoutKindAndDay.Length: 0, ThisWeekPassed: null } named)
        {
            return null;
        }

        var matching = upcoming.Where(m => named.Matches(m, presenter.Clock.Zone)).ToList();
        return matching is [var only] ? only : null;
    }

    /// <summary>A meeting kind the arguments start with, when exactly one meeting of that kind is ahead.</summary>
    private static (Meeting Meeting, string Change)? OnlyOfKindNamedFirst(string arguments, IReadOnlyList<Meeting> upcoming)
    {
        var typed = arguments.Trim();
        if (!MeetingKinds.TryFind(typed, out var kind, out var start, out var length) || start != 0)
        {
            return null;
        }

        var ofKind = upcoming.Where(m => m.Kind == kind).ToList();
        return ofKind.Count == 1 ? (ofKind[0], typed[length..].Trim().TrimStart('的').Trim()) : null;
    }
}
