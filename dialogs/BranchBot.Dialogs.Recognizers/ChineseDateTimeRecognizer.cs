using BranchBot.Dialogs.Recognizers.DateAndTime;

namespace BranchBot.Dialogs.Recognizers;

/// <summary>
/// Finds the first date and/or time a user typed in Chinese ("明天下午3点", "12月1日", "下周三", "14:30") and
/// resolves it in the branch's time zone. The rules for words that leave something open:
/// <list type="bullet">
/// <item>a time alone is today if still ahead, otherwise tomorrow;</item>
/// <item>a month and day without a year that are already past fall in the next year;</item>
/// <item>a bare day ("15号") is this month unless past, then next month; a day the month lacks is refused;</item>
/// <item>a bare weekday ("周五") is the coming one, today included while the day or given time is ahead;</item>
/// <item>an hour without 上午/下午: 1-6 is afternoon, 7-11 morning, 12 noon; "09:00" is taken literally.</item>
/// </list>
/// </summary>
public static class ChineseDateTimeRecognizer
{
    private static readonly char[] EdgePunctuation = ['，', ',', '、', '；', ';', '：', ':'];

    public static DateTimeRecognition Recognize(string? text, DateTimeOffset reference, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var original = text ?? string.Empty;
        var folded = WidthFolding.Fold(original);
        var localReference = TimeZoneInfo.ConvertTime(reference, zone);

        for (var start = 0; start < folded.Length; start++)
        {
            if (ExpressionParser.TryParseAt(folded, start) is not { } expression)
            {
                continue;
            }

            var outcome = ExpressionResolver.Resolve(expression, localReference, zone);
            return new DateTimeRecognition
            {
                Status = outcome.Failed ? DateTimeRecognitionStatus.Invalid : DateTimeRecognitionStatus.Recognized,
                Value = outcome.Failed ? null : outcome.Value,
                Problem = outcome.Problem,
                Start = expression.Start,
                Length = expression.End - expression.Start,
                MatchedText = original[expression.Start..expression.End],
                Remainder = WithoutSpan(original, expression.Start, expression.End),
            };
        }

        return new DateTimeRecognition
        {
            Status = DateTimeRecognitionStatus.NotFound,
            Problem = DateTimeTexts.NotFound,
            Remainder = original.Trim(),
        };
    }

    /// <summary>Cuts the expression out, keeping one space where the user had put spaces around it.</summary>
    private static string WithoutSpan(string text, int start, int end)
    {
        var spaced = (start > 0 && char.IsWhiteSpace(text[start - 1])) || (end < text.Length && char.IsWhiteSpace(text[end]));
        var joined = text[..start].TrimEnd() + (spaced ? " " : string.Empty) + text[end..].TrimStart();
        return joined.Trim().Trim(EdgePunctuation).Trim();
    }
}
