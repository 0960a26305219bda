using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Engine.Forms;
using BranchBot.Dialogs.Intents;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// "下周五下午两点半在二楼会议室 学习新党章" typed to "支委会什么时候开？": the place and topic said with the time are taken
/// too rather than asked again, and another kind of meeting named in it ("…开个党小组会") is the one meant, as the latest
/// word. Only a word shaped like a place is a place and only words of what is done are a topic ("吧", "就定在" are
/// neither); nothing said earlier is overwritten, and the summary shows it all before anything is saved.
/// </summary>
internal static class TimeAnswerExtras
{
    public static FieldAnswer<MeetingForm> Add(FieldAnswer<MeetingForm> answer, string typed, bool mayArrangeAnyKind, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (answer is not FieldAnswer<MeetingForm>.Taken || string.IsNullOrWhiteSpace(typed))
        {
            return answer;
        }

        var said = MeetingRequestParser.Parse(typed, now, zone);
        var form = answer.Form;
        if (form.Place is null && said.Place is { } place && SlotShapes.IsPlace(place))
        {
            form = form with { Place = place, AskPlace = false };
        }

        if (form.Topic is null && said.Topic is { } topic && (MeetingRequestParser.LooksLikeTopic(topic) || typed.Contains("主题", StringComparison.Ordinal)))
        {
            form = form with { Topic = topic, AskTopic = false };
        }

        if (said.Kind is { } kind && kind != form.Kind && (mayArrangeAnyKind || kind == MeetingKind.GroupMeeting))
        {
            form = form with { Kind = kind, GroupName = said.GroupName };
        }

        return FieldAnswer<MeetingForm>.Accepted(form);
    }
}
