using System.Globalization;
using BranchBot.Core.Time;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Engine.Prompts;

/// <summary>
/// A date and/or time typed in Chinese ("明天下午3点", "12月1日14:30", "下周三"), resolved in the branch's zone
/// against the current time. Settings: <see cref="FutureSetting"/> refuses moments already past (a date alone
/// may be today), <see cref="TimeRequiredSetting"/> refuses a date without a time, <see cref="RangeSetting"/> reads an
/// end typed after the time ("周五晚上七点半到九点") into <see cref="ResolvedDateTime.RangeLength"/> instead of dropping it.
/// </summary>
public sealed class DateTimePrompt : Prompt<ResolvedDateTime>
{
    public override bool TakesShapedAnswer => true;

    public const string FutureSetting = "future";
    public const string TimeRequiredSetting = "timeRequired";
    public const string RangeSetting = "range";

    private const string NotUnderstood = "没有看出日期或时间，可以这样说：「12月1日下午3点」「明天上午9点」「下周三14:30」。";
    private const string TimeMissing = "请同时说明几点，例如「明天下午3点」。";

    private readonly Func<DateTimeOffset> _utcNow;
    private readonly TimeZoneInfo _zone;

    public DateTimePrompt(string id, TimeProvider timeProvider, TimeZoneInfo zone, PromptValidator<ResolvedDateTime>? validator = null)
        : base(id, validator)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(zone);
        _utcNow = timeProvider.GetUtcNow;
        _zone = zone;
    }

    /// <summary>Reads the time and zone from the branch's clock.</summary>
    public DateTimePrompt(string id, BranchClock clock, PromptValidator<ResolvedDateTime>? validator = null)
        : base(id, validator)
    {
        ArgumentNullException.ThrowIfNull(clock);
        _utcNow = () => clock.UtcNow;
        _zone = clock.Zone;
    }

    public static PromptOptions Ask(string prompt, bool mustBeFuture = false, bool timeRequired = false, string? retryPrompt = null, bool range = false)
    {
        var options = PromptOptions.Ask(prompt, retryPrompt);
        options.Settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [FutureSetting] = mustBeFuture.ToString(CultureInfo.InvariantCulture),
            [TimeRequiredSetting] = timeRequired.ToString(CultureInfo.InvariantCulture),
            [RangeSetting] = range.ToString(CultureInfo.InvariantCulture),
        };
        return options;
    }

    protected override PromptRecognition<ResolvedDateTime> Recognize(DialogContext dc, string text, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var now = TimeZoneInfo.ConvertTime(_utcNow(), _zone);
        var recognition = ChineseDateTimeRecognizer.Recognize(text, now, _zone);
        if (recognition.Status == DateTimeRecognitionStatus.NotFound)
        {
            return PromptRecognition<ResolvedDateTime>.Failure(NotUnderstood);
        }

        if (recognition.Value is not { } value)
        {
            return PromptRecognition<ResolvedDateTime>.Failure(recognition.Problem);
        }

        if (IsOn(options, TimeRequiredSetting) && !value.HasTime)
        {
            return PromptRecognition<ResolvedDateTime>.Failure(TimeMissing);
        }

        if (IsOn(options, FutureSetting) && IsPast(value, now))
        {
            // "这周五晚上7点" on a Sunday: the Friday just past, and next week's is likely what was meant.
            return PromptRecognition<ResolvedDateTime>.Failure(
                ThisWeekDayPassed.Find(recognition.MatchedText, value.Date, DateOnly.FromDateTime(now.DateTime)) is { } thisWeek
                    ? $"{ChineseDateTimeFormatter.Format(value)}已经过去了，需要一个以后的时间。{thisWeek.AskNextWeek(recognition.MatchedText)}"
                    : $"{ChineseDateTimeFormatter.Format(value)}已经过去了，需要一个以后的时间。");
        }

        if (IsOn(options, RangeSetting) && value.HasTime && TimeRangeEnd.Read(recognition.Remainder, value.Value, now, _zone) is { } end)
        {
            return end.At is { } at
                ? PromptRecognition<ResolvedDateTime>.Success(value with { RangeLength = at - value.Value })
                : PromptRecognition<ResolvedDateTime>.Failure($"结束时间「{end.Said}」不在开始时间之后（或相隔超过12小时），例如「今晚7点到9点」。");
        }

        return PromptRecognition<ResolvedDateTime>.Success(value);
    }

    /// <summary>A time must be later than now; a date alone only must not be before today.</summary>
    private static bool IsPast(ResolvedDateTime value, DateTimeOffset now) =>
        value.HasTime ? value.Value <= now : value.Date < DateOnly.FromDateTime(now.DateTime);

    private static bool IsOn(PromptOptions options, string key) =>
        options.Settings?.GetValueOrDefault(key) is { } raw && bool.TryParse(raw, out var on) && on;
}
