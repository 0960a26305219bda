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

        // "11月20号下午的党小组会，刘洋和张丽华参加了，陈静请假": who came said in clauses of their own, names first.
        if (ReadPeopleClauses(line) is ({ } meetingPart, { } said))
        {
            return ReadMeeting(meetingPart, now, zone, said);
        }

        var people = PeopleLabel().Match(line);
        var form = people.Success ? ReadPeople(line[people.Index..]) : new RecordForm();
        return ReadMeeting(people.Success ? line[..people.Index] : line, now, zone, form);
    }

    /// <summary>
    /// Clauses that only say who came or was on leave ("刘洋和张丽华参加了", "陈静请假", "参加的有刘洋、张丽华",
    /// "全体到齐"), taken out of the line; null when no clause does, and the line is read as before.
    /// </summary>
    private static (string MeetingPart, RecordForm People)? ReadPeopleClauses(string line)
    {
        var clauses = ClauseBreak().Split(line).Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        if (clauses.Count < 2)
        {
            return null;
        }

        var (everyone, attendees, leave, kept) = (false, new List<string>(), new List<string>(), new List<string>());
        foreach (var clause in clauses)
        {
            if (EveryoneClause().IsMatch(clause))
            {
                everyone = true;
            }
            else if ((NamesThenVerb().Match(clause) is { Success: true } first ? first : VerbThenNames().Match(clause)) is { Success: true } said
                && ClauseNames(said.Groups["names"].Value) is { Count: > 0 } names)
            {
                (said.Groups["verb"].Value.StartsWith('请') ? leave : attendees).AddRange(names);
            }
            else
            {
                kept.Add(clause);
            }
        }

        if (!everyone && attendees.Count == 0 && leave.Count == 0)
        {
            return null;
        }

        return (string.Join(' ', kept), new RecordForm
        {
            EveryoneAttended = everyone,
            Attendees = everyone ? [] : attendees.Count > 0 ? [.. attendees.Distinct(StringComparer.Ordinal)] : null,
            OnLeave = [.. leave.Distinct(StringComparer.Ordinal)],
        });
    }

    /// <summary>Names of two to four characters joined by 和/、/与/跟/及 or spaces; empty when any part is not one.</summary>
    private static List<string> ClauseNames(string text)
    {
        var parts = ClauseNameSeparator().Split(text.Trim()).Where(p => p.Length > 0 && p is not ("等" or "同志")).ToList();
        return parts.All(p => ChineseName().IsMatch(p)) ? parts : [];
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

        // "11月20号下午的党小组会": the 的 that tied the time to the kind is no part of the kind.
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimStart('的')).Where(w => w.Length > 0).ToList();
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

    /// <summary>"地点党员活动室" or "地点：…" names the place and the rest is the topic; unlabelled, a lone phrase is the topic unless it is shaped like a room.</summary>
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

        // "补录 10月15日下午3点 党员大会 党员活动室": a lone phrase shaped like a room is where the meeting was held.
        if (MeetingRequestParser.LooksLikePlace(rest))
        {
            return (rest.StartsWith('在') && rest.Length > 1 ? rest[1..] : rest, null);
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

    [GeneratedRegex(@"[，,；;。]")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^(全体|全员|大家|所有人)(党员|同志)?(都)?(出席|参加|到齐|到了|到会|来了)(了)?$")]
    private static partial Regex EveryoneClause();

    [GeneratedRegex(@"^(?<names>[\p{IsCJKUnifiedIdeographs}、 ]{2,60}?)(都|也|均)?(?<verb>参加|出席|到会|到场|来|请假|请了假)(了)?(会议)?$")]
    private static partial Regex NamesThenVerb();

    [GeneratedRegex(@"^(?<verb>参加|出席|到会|参会|请假)(的|人员)?(同志)?(有|是|为)?\s*[:：]?\s*(?<names>[\p{IsCJKUnifiedIdeographs}、 ]{2,60})$")]
    private static partial Regex VerbThenNames();

    [GeneratedRegex(@"[\s、和与跟及]+")]
    private static partial Regex ClauseNameSeparator();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,4}$")]
    private static partial Regex ChineseName();
}
