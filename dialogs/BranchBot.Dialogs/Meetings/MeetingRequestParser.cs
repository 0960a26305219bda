using System.Text.RegularExpressions;
using BranchBot.Core.Meetings;
using BranchBot.Core.Text;
using BranchBot.Dialogs.Engine;
using BranchBot.Dialogs.Intents;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Meetings;

/// <summary>
/// Reads "安排 &lt;类型&gt; &lt;时间&gt; [地点] [主题]" in one line: the kind first (or as a word of its own
/// anywhere), the first date-time expression, a 党小组 named for a 党小组会, then the first word left is the place and
/// the rest the topic. "地点：" and "主题：" labels put text where the user says.
/// </summary>
public static partial class MeetingRequestParser
{
    public const string Keyword = "安排";

    public static MeetingRequest Parse(string? text, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        // Full-width digits and letters (２号会议室) are read and kept as ASCII, as names are.
        var line = TextNormalizer.CollapseSpaces(TextNormalizer.StripTrailingPunctuation(VisibleText.FoldFullWidthAlphanumerics(text ?? string.Empty)));
        if (line.StartsWith(Keyword, StringComparison.Ordinal))
        {
            line = line[Keyword.Length..].TrimStart(' ', ':', '：');
        }

        line = MonthThenDay.Join(line);

        MeetingKind? kind = null;
        if (MeetingKinds.TryReadAtStart(line, out var leading, out var leadingLength))
        {
            kind = leading;
            line = line[leadingLength..].Trim();
        }

        var code = CheckInCode().Match(line);
        if (code.Success)
        {
            line = TextNormalizer.CollapseSpaces(line.Remove(code.Index, code.Length));
        }

        line = TimeThenDay.Join(NumericDates.Rewrite(line), now, zone);
        var time = ChineseDateTimeRecognizer.Recognize(line, now, zone);
        var words = Words(time.Status == DateTimeRecognitionStatus.NotFound ? line : time.Remainder);
        var request = ReadTime(time, now, zone);
        if (request.StartsAt is { } start && TakeEnd(words, start, now, zone) is { } end)
        {
            request = end.Problem is null
                ? request with { EndsAt = end.At }
                : new MeetingRequest { TimeIssue = MeetingTimeIssue.Invalid, TimeProblem = end.Problem };
        }

        kind ??= TakeKindWord(words);
        if (kind is null)
        {
            // "安排 支部会 下周五下午3点": a 党员大会 or a 支委会, which the dialog asks; the word is never the place.
            TakeBranchMeetingWord(words);
        }

        var group = kind is null or MeetingKind.GroupMeeting ? TakeGroupWord(words) : null;
        if (TakeVagueTime(words, now, zone) is { } vague && request.TimeIssue != MeetingTimeIssue.Invalid)
        {
            request = new MeetingRequest { TimeIssue = MeetingTimeIssue.Invalid, TimeProblem = MeetingTexts.TimeVague(vague) };
        }

        var (place, topic) = PlaceAndTopic(string.Join(' ', words));
        // "最近大家都挺累的我想在三楼会议室": one's own words before 在 say why, not where; the place is what follows 在.
        if (place is not null && OwnWordsBeforePlace().Match(place) is { Success: true } own && LooksLikePlace(own.Groups["place"].Value))
        {
            place = own.Groups["place"].Value;
        }

        return request with
        {
            Kind = kind,
            GroupName = group,
            Place = place,
            Topic = topic,
            CheckInCode = code.Success ? code.Groups["code"].Value : null,
        };
    }

    /// <summary>
    /// "今晚10点50到11点": an end time right after the start ("到", "至", "-", "~") is the meeting's end, never a place.
    /// An end at or before the start, or more than 12 hours after it, is a question back rather than a guess.
    /// </summary>
    private static (DateTimeOffset? At, string? Problem)? TakeEnd(List<string> words, DateTimeOffset start, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (words.Count == 0 || !TimeRangeEnd.StartsRange(words[0]))
        {
            return null;
        }

        // "到5点" is one word, "到 5点" two.
        var consumed = 1;
        var end = TimeRangeEnd.Read(words[0], start, now, zone);
        if (end is null && words.Count > 1)
        {
            consumed = 2;
            end = TimeRangeEnd.Read(words[0] + " " + words[1], start, now, zone);
        }

        if (end is null)
        {
            return null;
        }

        words.RemoveRange(0, consumed);
        if (end.Value.After.Length > 0)
        {
            words.Insert(0, end.Value.After);
        }

        return end.Value.At is { } at ? (at, null) : (null, MeetingTexts.EndNotAfterStart(end.Value.Said));
    }

    /// <summary>
    /// "安排 党小组会 月底 下午三点 活动室": a word where the place would stand that still speaks of a day or a time
    /// ("月底", "下下周") is neither the place nor to be dropped: the time read beside it is not the whole of it, so the
    /// time is asked again (a question back, never a meeting on the wrong day).
    /// </summary>
    private static string? TakeVagueTime(List<string> words, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (words.Count == 0 || Label().IsMatch(words[0]) || SlotShapes.IsPlace(words[0]) || !SlotShapes.SpeaksOfTime(words[0], now, zone))
        {
            return null;
        }

        var vague = words[0];
        words.RemoveAt(0);
        return vague;
    }

    /// <summary>Place and topic from what is left after kind and time: "三楼会议室 学习二十大精神", "地点：三楼 主题：学习".</summary>
    public static (string? Place, string? Topic) PlaceAndTopic(string? rest)
    {
        var text = TextNormalizer.CollapseSpaces(rest);
        var labels = Label().Matches(text);
        if (labels.Count == 0)
        {
            return Unlabelled(text);
        }

        string? place = null;
        string? topic = null;
        string? extra = null;
        for (var i = 0; i < labels.Count; i++)
        {
            var end = i + 1 < labels.Count ? labels[i + 1].Index : text.Length;
            var value = Clean(text[(labels[i].Index + labels[i].Length)..end]);
            if (!IsPlaceLabel(labels[i].Groups["label"].Value))
            {
                topic ??= value;
            }
            else if (place is null && value is not null)
            {
                // A place is one word: what follows it ("地点城东敬老院 志愿服务") is the topic, never part of the place.
                var placeWords = Words(value);
                place = placeWords[0];
                extra = Join(extra, placeWords.Count > 1 ? string.Join(' ', placeWords.Skip(1)) : null);
            }
        }

        var (leadingPlace, leadingTopic) = Unlabelled(text[..labels[0].Index]);
        return place is null
            ? (leadingPlace, topic ?? Join(leadingTopic, extra))
            : (place, topic ?? Join(Join(leadingPlace, leadingTopic), extra));
    }

    private static MeetingRequest ReadTime(DateTimeRecognition time, DateTimeOffset now, TimeZoneInfo zone)
    {
        var localNow = TimeZoneInfo.ConvertTime(now, zone);
        switch (time.Status)
        {
            case DateTimeRecognitionStatus.NotFound:
                return new MeetingRequest { TimeIssue = MeetingTimeIssue.Missing };
            case DateTimeRecognitionStatus.Invalid:
                return new MeetingRequest { TimeIssue = MeetingTimeIssue.Invalid, TimeProblem = time.Problem };
        }

        var value = time.Value!;
        if (value.Date < DateOnly.FromDateTime(localNow.DateTime) || (value.HasTime && value.Value <= localNow))
        {
            var thisWeek = ThisWeekDayPassed.Find(time.MatchedText, value.Date, DateOnly.FromDateTime(localNow.DateTime));
            return new MeetingRequest
            {
                TimeIssue = MeetingTimeIssue.Past,
                TimeProblem = thisWeek is null ? MeetingTexts.TimePast(time.MatchedText) : MeetingTexts.TimePastThisWeek(time.MatchedText, thisWeek),
            };
        }

        return value.HasTime
            ? new MeetingRequest { StartsAt = value.Value, TimeWithoutDate = value.Parts == DateTimeParts.TimeOnly ? value.Time : null }
            : new MeetingRequest { TimeIssue = MeetingTimeIssue.NoTimeOfDay, DateWithoutTime = value.Date, TimeProblem = MeetingTexts.TimeOfDayMissing(value.Date) };
    }

    /// <summary>Commas, 顿号 and semicolons separate the parts of a sentence as spaces do ("…，地点党员活动室，志愿服务").</summary>
    private static List<string> Words(string text) => [.. TextNormalizer.CollapseSpaces(text).Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries)];

    private static readonly char[] WordSeparators = [' ', '，', ',', '、', '；', ';'];

    private static void TakeBranchMeetingWord(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (MeetingKinds.TryFindBranchMeeting(words[i], out var start, out var length))
            {
                var rest = words[i].Remove(start, length).Trim();
                if (rest.Length == 0)
                {
                    words.RemoveAt(i);
                }
                else
                {
                    words[i] = rest;
                }

                return;
            }
        }
    }

    private static MeetingKind? TakeKindWord(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (MeetingKinds.TryParse(words[i], out var kind))
            {
                words.RemoveAt(i);
                return kind;
            }
        }

        return TakeKindInsideWord(words);
    }

    /// <summary>
    /// "在三楼会议室开党员大会", "党员大会学习党章": a kind named inside a word, at its start or right after 开/召开/举行/
    /// 举办/开展. What stands before it stays (the place), what follows becomes a word of its own. A kind merely
    /// mentioned elsewhere in a word ("学习民主评议精神") is not taken: the dialog asks instead.
    /// </summary>
    private static MeetingKind? TakeKindInsideWord(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!MeetingKinds.TryFind(words[i], out var kind, out var start, out var length))
            {
                continue;
            }

            var before = words[i][..start];
            var verb = OpeningVerb().Match(before);
            if (start > 0 && !verb.Success)
            {
                continue;
            }

            var kept = before[..(verb.Success ? verb.Index : before.Length)];
            var after = words[i][(start + length)..];
            words.RemoveAt(i);
            if (after.Length > 0)
            {
                words.Insert(i, after);
            }

            if (kept.Length > 0)
            {
                words.Insert(i, kept);
            }

            return kind;
        }

        return null;
    }

    /// <summary>
    /// A first word such as "第一党小组" or "离退休小组" names the group of a 党小组会; so does a numbered group anywhere
    /// ("明天下午4点 第二党小组 二楼"), which no place or topic is called.
    /// </summary>
    private static string? TakeGroupWord(List<string> words)
    {
        SplitGroupFromPlace(words);
        var at = words.Count > 0 && IsGroupName(words[0]) ? 0 : words.FindIndex(NumberedGroup().IsMatch);
        if (at < 0)
        {
            return null;
        }

        var group = words[at];
        words.RemoveAt(at);
        return group;
    }

    [GeneratedRegex(@"^.*(我|咱|大家).*?在(?<place>[^在\s]{2,})$")]
    private static partial Regex OwnWordsBeforePlace();

    /// <summary>"在三楼会议室", "还是三楼会议室", "仍在党员活动室": the words before the place say it stays or where, not which.</summary>
    [GeneratedRegex(@"^(还是|还|仍然|仍|依然|依旧|照旧|照样)?在?")]
    private static partial Regex AtPlace();

    [GeneratedRegex(@"^第[一二三四五六七八九十\d]{1,3}(党)?小组$")]
    private static partial Regex NumberedGroup();

    /// <summary>
    /// "第一党小组在党员活动室": the group that meets, then where it meets; the group is never part of the place. Said the
    /// other way round ("在五楼小会议室第一党小组开个会"), the place before the group is no part of the group's name.
    /// </summary>
    private static void SplitGroupFromPlace(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var said = GroupThenPlace().Match(words[i]);
            if (!said.Success && PlaceThenGroup().Match(words[i]) is { Success: true } placeFirst && LooksLikePlace(placeFirst.Groups["place"].Value))
            {
                said = placeFirst;
            }

            if (said.Success)
            {
                words[i] = said.Groups["place"].Value;
                words.Insert(i, said.Groups["group"].Value);
                return;
            }
        }
    }

    [GeneratedRegex(@"^在?(?<place>\S{2,}?)(?<group>第[一二三四五六七八九十\d]{1,3}(党)?小组)$")]
    private static partial Regex PlaceThenGroup();

    [GeneratedRegex(@"^(?<group>第[一二三四五六七八九十\d]{1,3}(党)?小组|[\u4e00-\u9fa5]{2,6}?党小组)(在|到|去)(?<place>\S+)$")]
    private static partial Regex GroupThenPlace();

    public static bool IsGroupName(string word) =>
        word.Length > 2 && word.EndsWith("小组", StringComparison.Ordinal) && !MeetingKinds.TryParse(word, out _);

    /// <summary>"学习新党章", "研究发展对象": words of what is done or who speaks, which are a topic and never a place.</summary>
    public static bool LooksLikeTopic(string words) => NotAPlace().IsMatch(words ?? string.Empty);

    /// <summary>"党员活动室", "社区服务中心": one word shaped like a room or a venue, and not the words of what is done there.</summary>
    public static bool LooksLikePlace(string word) => PlaceWord().IsMatch(word ?? string.Empty) && !NotAPlace().IsMatch(word ?? string.Empty);

    private static (string? Place, string? Topic) Unlabelled(string text)
    {
        var words = Words(text);
        if (words.Count == 0)
        {
            return (null, null);
        }

        if (NotAPlace().IsMatch(words[0]))
        {
            // "学习全会精神，开党员大会，…，五楼大会议室": the topic came first; a later word shaped like a room is the place.
            var later = words.FindIndex(1, w => PlaceWord().IsMatch(w) && !NotAPlace().IsMatch(w));
            if (later < 0)
            {
                return (null, Clean(string.Join(' ', words)));
            }

            var room = words[later];
            words.RemoveAt(later);
            return (Clean(room.StartsWith('在') && room.Length > 1 ? room[1..] : room), Clean(string.Join(' ', words)));
        }

        var rest = words.Count > 1 ? Clean(string.Join(' ', words.Skip(1))) : null;
        // "在二楼小会议室大家定一下明年计划": the room, then what is done there.
        if (PlaceThenWhy.Split(words[0]) is var (named, what))
        {
            return (named, Join(what, rest));
        }

        var place = Clean(AtPlace().Replace(words[0], string.Empty) is { Length: > 0 } at ? at : words[0]);
        return (place, rest);
    }

    private static string? Join(string? first, string? second) =>
        first is null ? second : second is null ? first : $"{first} {second}";

    private static string? Clean(string text)
    {
        var value = text.Trim().Trim('，', ',', '；', ';', '、').Trim();
        return value.Length == 0 ? null : value;
    }

    private static bool IsPlaceLabel(string label) => label.Contains('地', StringComparison.Ordinal);

    /// <summary>
    /// A first word that says what is done or who speaks ("主讲人王书记", "学习四中全会精神", "志愿服务") is the
    /// topic: the place is asked for rather than filled with it.
    /// </summary>
    [GeneratedRegex(@"^(主讲|主持|讲课|授课|参加|参会|出席|学习|研究|讨论|传达|部署|总结|审议|表决|观看|重温|专题|志愿|集中学习|交流|汇报|备注|内容|带(领)?大家|组织大家|参观|瞻仰|祭扫|扫墓|对照|打扫)")]
    private static partial Regex NotAPlace();

    /// <summary>A word that names a room or a building: "五楼大会议室", "302办公室", "社区服务中心".</summary>
    [GeneratedRegex(@"^在?[\u4e00-\u9fa5A-Za-z\d]{0,10}(会议室|活动室|办公室|会议厅|报告厅|礼堂|教室|中心|大厅|纪念馆|展览馆)$")]
    private static partial Regex PlaceWord();

    [GeneratedRegex(@"(召开|举行|举办|开展|开|上|讲)(一)?(个|次|下|堂|节)?$")]
    private static partial Regex OpeningVerb();

    [GeneratedRegex(@"签到码\s*[:：]?\s*(?<code>[A-Za-z0-9]+)")]
    private static partial Regex CheckInCode();

    [GeneratedRegex(@"(?<label>会议地点|地点|地址|会议主题|主题|议题)\s*[:：]\s*|(?<=^|\s)(?<label>会议地点|地点|地址)(是|为|在|设在|定在)?(?=\S)|(?<label>地点|主题)\s+|(?<=^|\s)(?<label>主题)(是|为)")]
    private static partial Regex Label();
}
