using System.Text.RegularExpressions;
using BranchBot.Core.Meetings;
using BranchBot.Dialogs.Engine;

namespace BranchBot.Dialogs.Meetings.Recording;

/// <summary>
/// Reads "补录 10月15日下午3点 党员大会 学习… 地点党员活动室 主持人张三 出席 张三 李四 请假 赵六" in one line: the
/// meeting first (kind, a past time, topic, labelled place and host, a 党小组 for a 党小组会), then the people after
/// 出席/全体出席 and 请假, names separated by spaces, 、 or ，.
/// </summary>
public static partial class RecordRequestParser
{
    public const string Keyword = "补录";

    public static RecordForm Parse(string? text, DateTimeOffset now, TimeZoneInfo zone)
    {
        var line = TextNormalizer.CollapseSpaces(TextNormalizer.StripTrailingPunctuation(text));
        if (line.StartsWith(Keyword, StringComparison.Ordinal))
        {
            line = line[Keyword.Length..].TrimStart(' ', ':', '：');
        }

        var people = PeopleLabel().Match(line);
        var form = people.Success ? ReadPeople(line[people.Index..]) : new RecordForm();
        return ReadMeeting(people.Success ? line[..people.Index] : line, now, zone, form);
    }

    /// <summary>"张三、李四 请假 赵六", "全体出席", "全体出席 请假：赵六" as the answer to "哪些同志出席了？".</summary>
    public static RecordForm ReadPeople(string? text)
    {
        var line = TextNormalizer.CollapseSpaces(TextNormalizer.StripTrailingPunctuation(text));
        var labels = PeopleLabel().Matches(line);
        var everyone = false;
        var attendees = new List<string>();
        var leave = new List<string>();
        if (labels.Count == 0 || labels[0].Index > 0)
        {
            attendees.AddRange(Names(labels.Count == 0 ? line : line[..labels[0].Index]));
        }

        for (var i = 0; i < labels.Count; i++)
        {
            var end = i + 1 < labels.Count ? labels[i + 1].Index : line.Length;
            var names = Names(line[(labels[i].Index + labels[i].Length)..end]);
            switch (labels[i].Groups["label"].Value)
            {
                case "全体出席" or "全员出席":
                    everyone = true;
                    break;
                case "请假" or "请假人员":
                    leave.AddRange(names);
                    break;
                default:
                    attendees.AddRange(names);
                    break;
            }
        }

        return new RecordForm
        {
            EveryoneAttended = everyone,
            Attendees = everyone ? [] : attendees.Count > 0 ? [.. attendees.Distinct(StringComparer.Ordinal)] : null,
            OnLeave = [.. leave.Distinct(StringComparer.Ordinal)],
        };
    }

    private static RecordForm ReadMeeting(string line, DateTimeOffset now, TimeZoneInfo zone, RecordForm form)
    {
        MeetingKind? kind = null;
        if (MeetingKinds.TryReadAtStart(line, out var leading, out var length))
        {
            kind = leading;
            line = line[length..].Trim();
        }

        var time = PastDateTimeReader.Read(line, now, zone);
        var rest = time.Remainder;
        string? host = null;
        var hostMatch = HostLabel().Match(rest);
        if (hostMatch.Success)
        {
            host = hostMatch.Groups["name"].Value;
            rest = TextNormalizer.CollapseSpaces(rest.Remove(hostMatch.Index, hostMatch.Length));
        }

        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        kind ??= TakeKindWord(words);
        var group = kind is null or MeetingKind.GroupMeeting ? TakeGroupWord(words) : null;
        var (place, topic) = PlaceAndTopic(string.Join(' ', words));
        form = form with { Kind = kind, GroupName = group, Place = place, Topic = topic, Host = host };
        if (time.Value is not { } value)
        {
            // Nothing that looks like a time: just ask. A time that cannot be used: say why, then ask.
            return form with { TimeProblem = time.MatchedText.Length == 0 ? null : time.Problem };
        }

        return value.HasTime
            ? form with { StartsAt = value.Value }
            : form with { DateWithoutTime = value.Date };
    }

    /// <summary>"地点党员活动室" or "地点：…" names the place and the rest is the topic; unlabelled, a lone phrase is the topic.</summary>
    private static (string? Place, string? Topic) PlaceAndTopic(string rest)
    {
        var place = PlaceLabel().Match(rest);
        if (place.Success)
        {
            var topic = TextNormalizer.CollapseSpaces(rest.Remove(place.Index, place.Length));
            topic = TopicLabel().Replace(topic, string.Empty).Trim();
            return (place.Groups["place"].Value, topic.Length == 0 ? null : topic);
        }

        if (TopicLabel().IsMatch(rest) || rest.Contains(' ', StringComparison.Ordinal))
        {
            return MeetingRequestParser.PlaceAndTopic(rest);
        }

        return (null, rest.Length == 0 ? null : rest);
    }

    private static MeetingKind? TakeKindWord(List<string> words)
    {
        var at = words.FindIndex(w => MeetingKinds.TryParse(w, out _));
        if (at < 0)
        {
            return null;
        }

        MeetingKinds.TryParse(words[at], out var kind);
        words.RemoveAt(at);
        return kind;
    }

    private static string? TakeGroupWord(List<string> words)
    {
        var at = words.FindIndex(MeetingRequestParser.IsGroupName);
        if (at < 0)
        {
            return null;
        }

        var group = words[at];
        words.RemoveAt(at);
        return group;
    }

    private static IEnumerable<string> Names(string text) =>
        NameSeparator().Split(text).Select(n => n.Trim()).Where(n => n.Length > 0 && n is not ("等" or "同志"));

    [GeneratedRegex(@"(?<label>全体出席|全员出席|出席人员|参会人员|参加人员|出席|参会|到会|请假人员|请假)\s*[:：]?\s*")]
    private static partial Regex PeopleLabel();

    [GeneratedRegex(@"主持人?\s*[:：]?\s*(?<name>[^\s，,、；;]+)")]
    private static partial Regex HostLabel();

    [GeneratedRegex(@"(?:会议)?地点\s*[:：]?\s*(?<place>[^\s，,；;]+)")]
    private static partial Regex PlaceLabel();

    [GeneratedRegex(@"(?:会议)?(?:主题|议题)\s*[:：]?\s*")]
    private static partial Regex TopicLabel();

    [GeneratedRegex(@"[\s、，,；;]+")]
    private static partial Regex NameSeparator();
}
