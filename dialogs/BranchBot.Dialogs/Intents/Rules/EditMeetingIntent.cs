using System.Globalization;
using BranchBot.Core.Meetings;
using System.Text.RegularExpressions;
using BranchBot.Dialogs.Meetings;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Intents.Rules;

/// <summary>
/// "下周三的党员大会改到五楼大会议室", "把支委会推迟到11月28号晚上7点", "支委会换个地方，改到线上开", and said tersely
/// ("党员大会 改五楼", "周五的会改晚上八点"): 修改会议 for the
/// meeting named, field and new value from the sentence (a time if the new value reads as one, else the place). The
/// dialog's preview shows the change before anything is saved.
/// </summary>
public sealed partial class EditMeetingIntent : IIntentRule
{
    public string Command => "修改会议";

    public async ValueTask<IntentMatch?> ReadAsync(IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = IntentText.WithoutAudienceNotice(input.Clean);
        if (text.Contains("取消", StringComparison.Ordinal) || text.Contains("请假", StringComparison.Ordinal))
        {
            return null;
        }

        if (Typed().Match(text) is { Success: true } typed && await TypedAsync(typed, input, cancellationToken) is { } reading)
        {
            return reading;
        }

        text = ValueSaidFirst(text, input);
        var change = Change().Match(text);
        if (!change.Success)
        {
            return await FieldOnlyAsync(text, input, cancellationToken);
        }

        var before = NumericDates.Rewrite(text[..change.Index]);
        // "挪到12.9，时间不变": the new value is the first clause; dotted and slashed dates read as dates.
        var value = Trailing().Replace(FirstClause(change.Groups["value"].Value.Trim(' ', ',', '，', ':', '：', '了')).Trim(' ', '了'), string.Empty);
        value = NumericDates.Rewrite(SecondVerb().Replace(value, string.Empty));
        // "挪到下周一晚上七点还在党员活动室开", "改到下周四下午三点地点不变": what is said to stay, or why after a 吧, is no part of the new value.
        var stayedPlace = UnchangedParts.PlaceSaidToStay(value, input.Now, input.Zone);
        value = Trailing().Replace(UnchangedParts.Without(value, input.Now, input.Zone), string.Empty);
        // "那个会改到晚上八点" after arranging or being shown one: the meeting in focus.
        var read = NamedMeeting.Read(before, input.Now, input.Zone);
        var named = await MeetingInFocus.ReadAsync(before, read, input, bareMeansIt: false, cancellationToken)
            ?? await MeetingSlots.OnItsDayAsync(read, input, cancellationToken);
        if (value.Length == 0 || IntentText.AsksAboutRules(before) || ValueAsked().IsMatch(value) || (named is null && IntentText.IsYesNoQuestion(text)))
        {
            return null;
        }

        // "组织生活会定在12月20日…" for a kind none of whose meetings is scheduled arranges one; nothing is changed.
        if (named?.Kind is { } kind && Fixing().IsMatch(change.Value) && !(await input.UpcomingAsync(cancellationToken)).Any(m => m.Kind == kind))
        {
            return null;
        }

        // "下周三的党员大会改到五楼" (or "明天的会改到后天") with no such meeting ahead: said so, rather than offering to change another one.
        if (await MeetingSlots.NamedButNotAheadAsync(named, input, cancellationToken))
        {
            return new IntentMatch(Command, "近期安排", IntentEffect.Read, 0.6, new Dictionary<string, string>())
            {
                Explanation = IntentTexts.NoNamedMeetingToChange(named!.Described),
                ButtonTitle = "近期安排",
            };
        }

        var field = FieldOf(change.Groups["field"].Value, before);
        var slots = new SlotReading();
        // "党员大会改到五楼，时间改成三点": a second field changed in the next clause; 修改会议 changes one at a time.
        var alsoChanged = AnotherChange().IsMatch(change.Groups["value"].Value[FirstClause(change.Groups["value"].Value).Length..]);
        await MeetingSlots.FillAsync(slots, named, input, cancellationToken);
        var number = await MeetingSlots.NumberOfAsync(named, input, cancellationToken);
        if (field is null or MeetingTexts.FieldTime && ChineseDateTimeRecognizer.Recognize(value, input.Now, input.Zone) is { Succeeded: true } time && time.Start == 0)
        {
            field = MeetingTexts.FieldTime;
            // The new time is certain when it is all the value says, or its range ("晚上7点半到9点"); "下午3点在五楼"
            // changes two things.
            var left = time.Remainder.Trim(' ', '开', '吧', '了');
            var whole = left.Length == 0 || SlotShapes.IsRangeEnd(left);
            // A new time without a day keeps the meeting's own day.
            if (time.Value!.Parts != DateTimeParts.TimeOnly)
            {
                slots.Put(IntentSlots.Date, time.Value.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), whole && !await WeekdayOfAnotherWeekAsync(value, time.Value.Date, number, input, cancellationToken));
            }
            else if (number is { } n)
            {
                var own = TimeZoneInfo.ConvertTime((await input.UpcomingAsync(cancellationToken))[n - 1].StartsAt, input.Zone);
                slots.Put(IntentSlots.Date, own.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), whole);
            }

            if (time.Value.Time is { } clock)
            {
                // "改成七点半" for the 支委会 at 19:00: a bare hour in the meeting's own half of the day, as the dialog reads it.
                if (number is { } meeting)
                {
                    var own = TimeZoneInfo.ConvertTime((await input.UpcomingAsync(cancellationToken))[meeting - 1].StartsAt, input.Zone);
                    clock = OwnHalfOfDay.Nearer(clock, time.Value.PeriodAssumed, TimeOnly.FromDateTime(own.DateTime));
                }

                slots.Put(IntentSlots.Time, clock.ToString("HH:mm", CultureInfo.InvariantCulture), whole);
            }
            else if (time.Value.Parts != DateTimeParts.DateOnly)
            {
                // "改到下午": a part of the day without a clock time is not a new time.
                slots.Doubt(IntentSlots.Time);
            }
        }
        else if (field is null && UnsaidDay().IsMatch(value))
        {
            // "推迟到下周", "改到月底": a time without its day is no place; the dialog asks when.
            field = MeetingTexts.FieldTime;
            value = string.Empty;
            slots.Doubt(IntentSlots.Time);
        }
        else if (field is null or MeetingTexts.FieldPlace)
        {
            field = MeetingTexts.FieldPlace;
            value = value.StartsWith('在') && value.Length > 1 ? value[1..] : value;
            // "改到一楼报告厅因为三楼那间要装修": the room, without why.
            var split = PlaceThenWhy.Split(value);
            value = split?.Place ?? value;
            slots.Put(IntentSlots.Place, value, SlotShapes.IsPlace(value));
            // "改到五楼会议室晚上八点开": a new time after the new room is a second change, which 修改会议 does not make
            // in the same preview; asked, so the time is not dropped unsaid.
            if (split?.Topic is { } after && ChineseDateTimeRecognizer.Recognize(after, input.Now, input.Zone) is { Succeeded: true, Value.Time: not null })
            {
                slots.Doubt(IntentSlots.Time);
            }
        }
        else if (field == MeetingTexts.FieldTime)
        {
            // "时间改到月底": a time the date reader cannot read is not a new time.
            slots.Doubt(IntentSlots.Time);
        }

        // "改到下周一晚上七点还是在党员活动室": the place said to stay is named beside the new time when it is the meeting's own.
        if (field == MeetingTexts.FieldTime && stayedPlace is not null)
        {
            var own = number is { } at ? (await input.UpcomingAsync(cancellationToken))[at - 1].Place : null;
            slots.Put(IntentSlots.Place, stayedPlace, own == stayedPlace);
        }

        if (alsoChanged)
        {
            slots.Doubt(field == MeetingTexts.FieldPlace ? IntentSlots.Time : IntentSlots.Place);
        }

        var line = IntentText.Squeeze($"{Command} {number?.ToString(CultureInfo.InvariantCulture)} {field} {value}");
        var confidence = named is null ? 0.6 : 0.85;
        return slots.Match(Command, line, IntentEffect.Previewed, confidence);
    }

    /// <summary>
    /// "支委会 下周一 挪过去", "五楼大会议室，下周三党员大会换到那边开", "下午四点，周五的支委会改成这个点": the new value said
    /// before the verb, or in a clause of its own that 那边/这个点 points back to, is put after the verb where the change
    /// reads it. Only a value that is all a day, a time or a place is moved; anything else is left as typed.
    /// </summary>
    private static string ValueSaidFirst(string text, IntentInput input)
    {
        if (PointsBack().Match(text) is { Success: true } pointer)
        {
            var clauses = text.Split([',', '，', ';', '；']).Select(c => c.Trim()).ToList();
            var wantsPlace = pointer.Groups["place"].Success;
            var said = clauses.FirstOrDefault(c => !c.Contains(pointer.Value, StringComparison.Ordinal) && (wantsPlace ? SlotShapes.IsPlace(c) : IsWholeTime(c, input)));
            if (said is null)
            {
                return text;
            }

            var rest = string.Join('，', clauses.Where(c => c != said));
            var at = rest.IndexOf(pointer.Value, StringComparison.Ordinal);
            return at < 0 ? text : rest.Remove(at, pointer.Length).Insert(at, said);
        }

        return MovedThere().Match(text) is { Success: true } moved && (SlotShapes.IsPlace(moved.Groups["value"].Value) || IsWholeTime(moved.Groups["value"].Value, input))
            ? $"{moved.Groups["before"].Value}改到{moved.Groups["value"].Value}"
            : text;
    }

    private static bool IsWholeTime(string text, IntentInput input) =>
        ChineseDateTimeRecognizer.Recognize(NumericDates.Rewrite(text), input.Now, input.Zone) is { Succeeded: true, Start: 0 } time && time.Remainder.Trim().Length == 0;

    [GeneratedRegex(@"(时间|地点|地方|会场|日期)(也|再)?(改|换|挪|调|推迟|提前)|(改|换|挪|调)(到|成)")]
    private static partial Regex AnotherChange();

    [GeneratedRegex(@"(?<=(改到|换到|挪到|改成|换成|调到|放到|改在|换在|定在|推迟到|提前到))((?<place>那边|那里|那儿|这边|这里|这儿|那个地方|这个地方)|(?<time>这个点|这个时间|那个点|那个时间|这个时候|那个时候))")]
    private static partial Regex PointsBack();

    [GeneratedRegex(@"^(?<before>.+?(会|党课|党日))\s*[,，]?\s*(?<value>[^\s,，]{2,12}?)\s*(挪|改|换|调|移|搬)(过去|一下|下)(吧|哈|啊)?$")]
    private static partial Regex MovedThere();

    /// <summary>
    /// "党员大会改到周四" for a 党员大会 next Wednesday: "周四" read from today is tomorrow, but the member may mean the
    /// Thursday of the meeting's own week. When the two differ, the new day is a guess.
    /// </summary>
    private static async ValueTask<bool> WeekdayOfAnotherWeekAsync(string value, DateOnly read, int? number, IntentInput input, CancellationToken cancellationToken)
    {
        if (!BareWeekday().IsMatch(value))
        {
            return false;
        }

        if (number is not { } n)
        {
            return true;
        }

        var own = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime((await input.UpcomingAsync(cancellationToken))[n - 1].StartsAt, input.Zone).DateTime);
        return !ChineseWeek.SameWeek(own, read);
    }

    [GeneratedRegex(@"^(周|星期|礼拜)[一二三四五六日天]")]
    private static partial Regex BareWeekday();

    /// <summary>A period that names no day: "下周", "下个月", "月底", "过几天", "以后再说".</summary>
    [GeneratedRegex(@"^(下下?(个)?(周|星期|礼拜|月)|这个?(周|星期|礼拜|月)|本(周|月)|月底|月初|月中|年底|过几天|过两天|改天|以后|往后|后面|节后|年后)(再说|再开|吧|去)?$")]
    private static partial Regex UnsaidDay();

    /// <summary>
    /// "修改会议 2 时间 12月3日下午2点半", "修改会议 党员大会 地点 党员活动室": the command's own form, read as its dialog
    /// reads it: the meeting by its number or name, the field, the new value. What it cannot read is in doubt.
    /// </summary>
    private async ValueTask<IntentMatch?> TypedAsync(Match typed, IntentInput input, CancellationToken cancellationToken)
    {
        // "修改会议 支委会 12.4 19:30": no field named; a new day and time is the time, anything else is read as a sentence.
        var value = typed.Groups["value"].Value.Trim();
        var when = ChineseDateTimeRecognizer.Recognize(NumericDates.Rewrite(value), input.Now, input.Zone);
        var unnamedTime = typed.Groups["field"].Value.Length == 0;
        if (unnamedTime && !(when is { Succeeded: true, Start: 0 } && (when.Remainder.Trim().Length == 0 || SlotShapes.IsRangeEnd(when.Remainder))))
        {
            return null;
        }

        var slots = new SlotReading();
        var which = typed.Groups["which"].Value;
        if (int.TryParse(which, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            if (number < 1 || number > (await input.UpcomingAsync(cancellationToken)).Count)
            {
                slots.Doubt(IntentSlots.Meeting);
            }
        }
        else if (await MeetingSlots.OnItsDayAsync(NamedMeeting.Read(NumericDates.Rewrite(which), input.Now, input.Zone), input, cancellationToken) is { } named)
        {
            await MeetingSlots.FillAsync(slots, named, input, cancellationToken);
        }
        else
        {
            slots.Doubt(IntentSlots.Meeting);
        }

        if (unnamedTime)
        {
            if (when.Value!.Parts != DateTimeParts.TimeOnly)
            {
                slots.Certain(IntentSlots.Date, when.Value.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            if (when.Value.HasTime)
            {
                slots.Certain(IntentSlots.Time, when.Value.Value.ToString("HH:mm", CultureInfo.InvariantCulture));
            }
        }
        else if (typed.Groups["field"].Value == MeetingTexts.FieldPlace)
        {
            slots.Put(IntentSlots.Place, value, SlotShapes.IsPlace(value));
        }
        else if (typed.Groups["field"].Value == MeetingTexts.FieldTime)
        {
            var time = ChineseDateTimeRecognizer.Recognize(NumericDates.Rewrite(value), input.Now, input.Zone);
            var whole = time is { Succeeded: true, Start: 0 } && (time.Remainder.Trim().Length == 0 || SlotShapes.IsRangeEnd(time.Remainder));
            if (time.Succeeded && time.Value!.Parts != DateTimeParts.TimeOnly)
            {
                slots.Put(IntentSlots.Date, time.Value.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), whole);
            }

            if (time.Succeeded && time.Value!.HasTime)
            {
                slots.Put(IntentSlots.Time, time.Value.Value.ToString("HH:mm", CultureInfo.InvariantCulture), whole);
            }
            else
            {
                slots.Doubt(IntentSlots.Time);
            }
        }

        return slots.Match(Command, input.Clean, IntentEffect.Previewed, 0.9);
    }

    [GeneratedRegex(@"^修改会议\s*(?<which>[^\s:：]+?)\s*((?<field>时间|地点|主题)\s*[:：]?\s*|\s)(?<value>\S.*)$")]
    private static partial Regex Typed();

    /// <summary>
    /// "党员大会地点改一下": a meeting and what to change, without the new value, is only likely (the sender is asked,
    /// and the command then asks for the value); never a change on its own.
    /// </summary>
    private static async ValueTask<IntentMatch?> FieldOnlyAsync(string text, IntentInput input, CancellationToken cancellationToken)
    {
        var field = FieldOnly().Match(text);
        if (!field.Success
            || await MeetingSlots.OnItsDayAsync(NamedMeeting.Read(field.Groups["before"].Value, input.Now, input.Zone), input, cancellationToken) is not { Kind: not null } named)
        {
            return null;
        }

        var slots = new SlotReading();
        await MeetingSlots.FillAsync(slots, named, input, cancellationToken);
        var number = await MeetingSlots.NumberOfAsync(named, input, cancellationToken);
        var what = field.Groups["field"].Value is "时间" or "日期" ? MeetingTexts.FieldTime : MeetingTexts.FieldPlace;
        return slots.Match("修改会议", IntentText.Squeeze($"修改会议 {number?.ToString(CultureInfo.InvariantCulture)} {what}"), IntentEffect.Previewed, 0.6);
    }

    [GeneratedRegex(@"^(?<before>.+?)(的)?(?<field>地点|会场|地方|时间|日期)(要|得|需要)?(改|换|调|调整|变|变更|挪)(一下|下)?(吧|啊|哈)?$")]
    private static partial Regex FieldOnly();

    /// <summary>"时间改一下，改到下午三点": the value after "改一下" may repeat the verb.</summary>
    [GeneratedRegex(@"^(往后|往前)?(改到|改在|改成|改为|换到|换成|换在|挪到|调到|调整到|调整为|推迟到|推到|延到|提前到|移到|搬到|放到|定到|定在)")]
    private static partial Regex SecondVerb();

    private static string FirstClause(string value) => value.Split([',', '，', '。', ';', '；']) is [var first, ..] ? first : value;

    private static string? FieldOf(string typed, string before) =>
        typed.Length > 0 ? Field(typed)
        : PlaceNamed().IsMatch(before) ? MeetingTexts.FieldPlace
        : TimeNamed().IsMatch(before) ? MeetingTexts.FieldTime
        : TopicNamed().IsMatch(before) ? MeetingTexts.FieldTopic
        : null;

    private static string Field(string typed) => typed switch
    {
        "地点" or "会场" or "地方" => MeetingTexts.FieldPlace,
        "时间" => MeetingTexts.FieldTime,
        _ => MeetingTexts.FieldTopic,
    };

    [GeneratedRegex(@"(的)?(?<field>地点|会场|地方|时间|主题)?(要|也)?(往后|往前)?(改到|改在|改成|改为|换到|换成|换在|挪到|调到|调整到|调整为|推迟到|推到|延到|延期到|延后到|提前到|移到|搬到|放到|变更为|更改为|定到|定在|(推迟|推后|延后|往后推|往后挪|提前|往前挪)(一周|一个?(星期|礼拜|月)|[一二两三四五六七八九十\d]{1,2}(天|周|个?星期|个?礼拜|个?小时))到)(?<value>.*)$|(的)?(?<field>地点|会场|地方|时间)(要)?(调|改|换|调整|变|变更|挪)(一下|下)[,，:：]+(?<value>.+)$|(换|改)(个|一个)(?<field>地方|地点|会场)[,，:：\s]+(去|到|在|改到|换到|放到)?(?<value>[^,，\s]+)$|(要)?(改|转|换)(?<value>线上|线下|网上)(开|进行|举行|召开)?(吧|啊|哈)?$|(?<![修更])(要)?(改|换|挪)(?<value>(上午|下午|晚上|早上|中午|傍晚|今晚|明晚|明天|后天|大后天|下下?(周|星期|礼拜)|(周|星期|礼拜)[一二三四五六日天]|\d|[一二三四五六七八九十两]{1,3}(点|月|号|日))[^,，]*|[^,，\s]{1,10}(室|厅|楼|层|堂|中心|馆))(吧|啊|哈)?$")]
    private static partial Regex Change();

    /// <summary>"改到线上开", "挪到五楼去", "改线上开吧", "弄到线上开得了": the verb and the particles after the new value are not part of it.</summary>
    [GeneratedRegex(@"(来)?(开得了?|开|召开|举行|进行|去|吧|啊|哈|呢|得了|算了|就行了?|就好|好了)+$")]
    private static partial Regex Trailing();

    /// <summary>"定在每月几号比较好", "改到哪天": the new value is asked about, not given.</summary>
    [GeneratedRegex(@"几|哪|什么|比较好|合适|吗$|\?|小组$|党小组(?!会)")]
    private static partial Regex ValueAsked();

    [GeneratedRegex(@"^(的)?(时间|地点)?(定到|定在)")]
    private static partial Regex Fixing();

    [GeneratedRegex(@"地点|(换|改)(个|一个)?(地方|会场|场地)")]
    private static partial Regex PlaceNamed();

    [GeneratedRegex(@"时间|(换|改)(个|一个)?(时间|日子)|改期")]
    private static partial Regex TimeNamed();

    [GeneratedRegex(@"主题|内容")]
    private static partial Regex TopicNamed();
}
