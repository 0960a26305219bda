using System.Text.RegularExpressions;
using BranchBot.Core.PartyDevelopment;
using BranchBot.Core.Time;

namespace BranchBot.Dialogs.PartyDevelopment;

/// <summary>
/// Reads 「记录 姓名 步骤 日期 [说明]」 in any order after the name: the step by its words, the date (a past one),
/// the people of 培养联系人/介绍人, the months of 延长, a 支部大会 count 「应到10 实到8 赞成7」 and 「例外 原因」 at the end.
/// </summary>
public static partial class StepFormParser
{
    public static StepForm Parse(string arguments, BranchClock clock)
    {
        var text = (arguments ?? string.Empty).Trim();
        var isException = false;
        string? reason = null;
        var exceptionAt = text.IndexOf("例外", StringComparison.Ordinal);
        if (exceptionAt >= 0)
        {
            isException = true;
            reason = text[(exceptionAt + 2)..].Trim(' ', '：', ':', '，', ',');
            text = text[..exceptionAt].Trim();
        }

        BranchMeetingVote? vote = null;
        if (VotePattern().Match(text) is { Success: true } counted)
        {
            vote = new BranchMeetingVote(int.Parse(counted.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(counted.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(counted.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture));
            text = text.Remove(counted.Index, counted.Length).Trim();
        }

        string? name = null;
        DevelopmentStepKind? kind = null;
        var (word, at) = FindStep(text);
        if (word is not null)
        {
            kind = DevelopmentLabels.StepWords.First(w => w.Word == word).Kind;
            var before = text[..at].Trim();
            var after = text[(at + word.Length)..].Trim();
            var beforeTokens = Tokens(before);
            name = beforeTokens.FirstOrDefault();
            text = string.Join(' ', beforeTokens.Skip(1).Append(after)).Trim();
        }
        else
        {
            var tokens = Tokens(text);
            name = tokens.FirstOrDefault();
            text = string.Join(' ', tokens.Skip(1));
        }

        int? months = null;
        if (kind == DevelopmentStepKind.Extension)
        {
            (months, text) = ReadMonths(text);
        }

        var reading = PastDateReader.Read(text, clock);
        var rest = reading.Remainder.Trim();
        var people = new List<string>();
        if (kind is DevelopmentStepKind.Contacts or DevelopmentStepKind.Introducers)
        {
            people = [.. Tokens(rest).Where(t => t.Length is >= 2 and <= 5)];
            rest = string.Join(' ', Tokens(rest).Where(t => t.Length is < 2 or > 5));
        }

        return new StepForm
        {
            Name = string.IsNullOrWhiteSpace(name) ? null : name,
            Kind = kind,
            Date = reading.Date,
            UnreadableDate = reading.Unreadable,
            Note = string.IsNullOrWhiteSpace(rest) ? null : rest.Trim(' ', '，', ','),
            People = people,
            ExtensionMonths = months,
            Vote = vote,
            IsException = isException,
            ExceptionReason = string.IsNullOrWhiteSpace(reason) ? null : reason,
        };
    }

    /// <summary>「半年」「一年」「6个月」 or a bare number of months.</summary>
    public static (int? Months, string Remainder) ReadMonths(string text)
    {
        if (text.Contains("半年", StringComparison.Ordinal))
        {
            return (6, text.Replace("半年", string.Empty, StringComparison.Ordinal).Trim());
        }

        if (text.Contains("一年", StringComparison.Ordinal))
        {
            return (12, text.Replace("一年", string.Empty, StringComparison.Ordinal).Trim());
        }

        return MonthsPattern().Match(text) is { Success: true } m
            ? (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), text.Remove(m.Index, m.Length).Trim())
            : (null, text);
    }

    private static (string? Word, int At) FindStep(string text)
    {
        foreach (var (word, _) in DevelopmentLabels.StepWords)
        {
            var at = text.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0)
            {
                return (word, at);
            }
        }

        return (null, -1);
    }

    private static List<string> Tokens(string text) =>
        [.. text.Split([' ', '\u3000', '，', ',', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    [GeneratedRegex(@"应到\s*(\d+)\s*人?\D{0,3}?实到\s*(\d+)\s*人?\D{0,3}?赞成\s*(\d+)\s*人?")]
    private static partial Regex VotePattern();

    [GeneratedRegex(@"(\d+)\s*个月")]
    private static partial Regex MonthsPattern();
}
