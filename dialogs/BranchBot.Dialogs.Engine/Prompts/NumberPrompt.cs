using System.Globalization;
using BranchBot.Dialogs.Recognizers;

namespace BranchBot.Dialogs.Engine.Prompts;

/// <summary>
/// A whole number, in Arabic or Chinese numerals ("12", "１２", "十二"), optionally followed by a measure word
/// ("12人"). Bounds come from <see cref="PromptOptions.Settings"/>: <see cref="MinSetting"/> and
/// <see cref="MaxSetting"/>; <see cref="UnitSetting"/> adds the unit the question counts in.
/// </summary>
public sealed class NumberPrompt(string id, PromptValidator<int>? validator = null) : Prompt<int>(id, validator)
{
    public override bool TakesShapedAnswer => true;

    public const string MinSetting = "min";
    public const string MaxSetting = "max";
    public const string UnitSetting = "unit";

    private const string NotANumber = "请回复一个数字，例如 3 或「三」。";

    // Measure words people add to a count without thinking about it.
    private static readonly string[] CommonUnits = ["个", "位", "名", "人", "次"];

    public static PromptOptions Ask(string prompt, int? min = null, int? max = null, string? unit = null, string? retryPrompt = null)
    {
        var options = PromptOptions.Ask(prompt, retryPrompt);
        options.Settings = new Dictionary<string, string>(StringComparer.Ordinal);
        if (min is { } low)
        {
            options.Settings[MinSetting] = low.ToString(CultureInfo.InvariantCulture);
        }

        if (max is { } high)
        {
            options.Settings[MaxSetting] = high.ToString(CultureInfo.InvariantCulture);
        }

        if (!string.IsNullOrEmpty(unit))
        {
            options.Settings[UnitSetting] = unit;
        }

        return options;
    }

    protected override PromptRecognition<int> Recognize(DialogContext dc, string text, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var answer = WithoutUnit(TextNormalizer.StripTrailingPunctuation(text), Setting(options, UnitSetting));
        if (!ChineseNumerals.TryParse(answer, out var number))
        {
            return PromptRecognition<int>.Failure(NotANumber);
        }

        var min = Bound(options, MinSetting);
        var max = Bound(options, MaxSetting);
        if ((min is not null && number < min) || (max is not null && number > max))
        {
            return PromptRecognition<int>.Failure(RangeProblem(min, max));
        }

        return PromptRecognition<int>.Success(number);
    }

    private static string RangeProblem(int? min, int? max) => (min, max) switch
    {
        ({ } low, { } high) => $"请回复{low}到{high}之间的数字。",
        ({ } low, null) => $"不能少于{low}，请重新回复。",
        _ => $"不能超过{max}，请重新回复。",
    };

    private static string WithoutUnit(string answer, string? unit)
    {
        IEnumerable<string> units = string.IsNullOrEmpty(unit) ? CommonUnits : [unit, .. CommonUnits];
        foreach (var candidate in units)
        {
            if (answer.Length > candidate.Length && answer.EndsWith(candidate, StringComparison.Ordinal))
            {
                return answer[..^candidate.Length].TrimEnd();
            }
        }

        return answer;
    }

    private static string? Setting(PromptOptions options, string key) => options.Settings?.GetValueOrDefault(key);

    private static int? Bound(PromptOptions options, string key)
    {
        if (Setting(options, key) is not { } raw)
        {
            return null;
        }

        // Settings are written by dialog code, so a malformed bound is a programming error worth failing loudly.
        return int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var bound)
            ? bound
            : throw new InvalidOperationException($"NumberPrompt setting '{key}' must be an integer, not '{raw}'.");
    }
}
