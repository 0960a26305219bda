using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Bot;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// For commands about a meeting still to come (取消会议, 修改会议): takes the leading 序号 when it names one of the
/// upcoming meetings, otherwise asks which one with buttons, then hands the meeting to the command.
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

        var prompt = number is null ? question : MeetingTexts.NoSuchNumber(number.Value) + question;
        await turn.BeginDialogAsync(
            ChooseMeetingDialog.DialogId,
            new ChooseMeetingDialog.Request(prompt, [.. upcoming.Select(m => m.Id)], MeetingNumbers.Labels(upcoming.Select(presenter.Describe)), handler.ChoiceKey, payload),
            cancellationToken);
    }
}
