namespace BranchBot.Dialogs.Recognizers;

public enum DateTimeRecognitionStatus
{
    /// <summary>The text holds no date or time.</summary>
    NotFound,

    /// <summary>The text holds a date or time that cannot exist or contradicts itself ("2月30日", "下午15点").</summary>
    Invalid,

    Recognized,
}

/// <summary>
/// The first date-time expression found in a text: its resolved value, or why it is not usable, and where it
/// stands in the text so a caller can take it out of a sentence.
/// </summary>
public sealed record DateTimeRecognition
{
    public required DateTimeRecognitionStatus Status { get; init; }

    /// <summary>Set when <see cref="Status"/> is <see cref="DateTimeRecognitionStatus.Recognized"/>.</summary>
    public ResolvedDateTime? Value { get; init; }

    /// <summary>Why the text was not usable, in Chinese, ready to be shown before a retry prompt.</summary>
    public string? Problem { get; init; }

    /// <summary>Where the expression starts in the original text (0 when nothing was found).</summary>
    public int Start { get; init; }

    public int Length { get; init; }

    /// <summary>The expression as the user typed it ("明天下午3点").</summary>
    public string MatchedText { get; init; } = string.Empty;

    /// <summary>The text without the expression: "明天下午3点在三楼会议室开支委会" leaves "在三楼会议室开支委会".</summary>
    public string Remainder { get; init; } = string.Empty;

    public bool Succeeded => Status == DateTimeRecognitionStatus.Recognized;
}
