using System.Text.RegularExpressions;

namespace BranchBot.Dialogs.Recognizers;

/// <summary>
/// "这周五" said on a Sunday: weeks run Monday to Sunday, so it is the Friday just past, yet many who say it mean the
/// coming one. Where a past day cannot be what is meant (a meeting to arrange, to ask leave for, to look up ahead), the
/// reader asks whether next week's day is meant, rather than rejecting it or moving it on silently.
/// </summary>
public static partial class ThisWeekDayPassed
{
    /// <summary>"这周五" (12月4日) and what to say for next week's: "下周五" (12月11日).</summary>
    public sealed record Suggestion(string Said, DateOnly Day, string NextWeekSaid, DateOnly NextWeekDay)
    {
        /// <summary>The text typed with next week's day in place of this week's ("这周五晚上7点" → "下周五晚上7点").</summary>
        public string Rewrite(string typed) => (typed ?? string.Empty).Replace(Said, NextWeekSaid, StringComparison.Ordinal);

        /// <summary>"你说的是下周五（12月11日）吗？是的话请回复「下周五晚上7点」。": asked after a time typed with this week's day.</summary>
        public string AskNextWeek(string typed) =>
            $"你说的是{NextWeekSaid}（{NextWeekDay.Month}月{NextWeekDay.Day}日）吗？是的话请回复「{Rewrite(typed)}」。";
    }

    /// <summary>The this-week weekday in <paramref name="text"/> when it resolved to a day before today; otherwise null.</summary>
    public static Suggestion? Find(string? text, DateOnly resolved, DateOnly today)
    {
        if (resolved >= today || string.IsNullOrEmpty(text) || Phrase().Match(text) is not { Success: true } said)
        {
            return null;
        }

        return new Suggestion(said.Value, resolved, "下" + said.Value[1..], resolved.AddDays(7));
    }

    [GeneratedRegex("(这|本)个?(周|星期|礼拜)[一二三四五六日天]")]
    private static partial Regex Phrase();
}
