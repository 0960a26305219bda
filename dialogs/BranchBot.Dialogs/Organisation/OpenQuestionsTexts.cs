using System.Globalization;
using System.Text;
using BranchBot.Core.Organisation.Oversight;

namespace BranchBot.Dialogs.Organisation;

/// <summary>
/// 待答问题 全部 in chat: the counts per branch first, then each branch's open questions oldest first (text, when
/// asked, how long waiting), at most <see cref="QuestionLinesShown"/> question lines, then the console page.
/// </summary>
public static class OpenQuestionsTexts
{
    public const string ConsolePath = "/console/org/questions";

    /// <summary>A 党委 of many branches would otherwise get a message no phone can read; the console lists them all.</summary>
    public const int QuestionLinesShown = 15;

    /// <summary>How many branch count lines the top names before "……另有N个支部有待答问题".</summary>
    public const int BranchCountsShown = 15;

    /// <summary>How much of a question the chat shows; the console shows it whole.</summary>
    public const int QuestionLength = 40;

    /// <param name="localNow">Now in the deployment's zone, which dates the questions and counts the days.</param>
    public static string List(IReadOnlyList<BranchOpenQuestions> branches, DateTimeOffset localNow, string consoleLink)
    {
        ArgumentNullException.ThrowIfNull(branches);
        var waiting = branches.Where(b => b.Questions.Count > 0).ToList();
        var total = waiting.Sum(b => b.Questions.Count);
        if (total == 0)
        {
            return branches.Count == 0 ? "还没有支部。" : $"各支部待答问题：{branches.Count}个支部都没有待答的问题。";
        }

        var names = NamesOf(branches);
        var text = new StringBuilder($"各支部待答问题：共{total}个，{waiting.Count}个支部有待答（共{branches.Count}个支部）");
        foreach (var branch in waiting.Take(BranchCountsShown))
        {
            text.Append($"\n· {names[branch.BranchId]}：{branch.Questions.Count}个，最早的{Waiting(branch.Questions[0].AskedAt, localNow)}");
        }

        if (waiting.Count > BranchCountsShown)
        {
            text.Append($"\n……另有{waiting.Count - BranchCountsShown}个支部有待答问题");
        }

        var shown = 0;
        foreach (var branch in waiting)
        {
            if (shown >= QuestionLinesShown)
            {
                break;
            }

            text.Append($"\n{names[branch.BranchId]}：");
            foreach (var question in branch.Questions.Take(QuestionLinesShown - shown))
            {
                var when = DaysWaiting(question.AskedAt, localNow) == 0 ? Waiting(question.AskedAt, localNow) : $"{AskedOn(question.AskedAt, localNow)}，{Waiting(question.AskedAt, localNow)}";
                text.Append($"\n「{Shorten(question.Text)}」{when}");
                shown++;
            }
        }

        if (total > shown)
        {
            text.Append($"\n……其余{total - shown}个见控制台");
        }

        return text.Append("\n这里只能查看，答复由各支部书记在本支部进行。完整列表：").Append(consoleLink).ToString();
    }

    /// <summary>"已等12天", or "今天提出" for a question asked today.</summary>
    public static string Waiting(DateTimeOffset askedAt, DateTimeOffset localNow)
    {
        var days = DaysWaiting(askedAt, localNow);
        return days == 0 ? "今天提出" : $"已等{days}天";
    }

    /// <summary>Whole calendar days since the question, in the zone of <paramref name="localNow"/>.</summary>
    public static int DaysWaiting(DateTimeOffset askedAt, DateTimeOffset localNow)
    {
        var asked = DateOnly.FromDateTime(askedAt.ToOffset(localNow.Offset).DateTime);
        return Math.Max(0, DateOnly.FromDateTime(localNow.DateTime).DayNumber - asked.DayNumber);
    }

    /// <summary>"11月13日提出" (with the year when it is not this year's).</summary>
    public static string AskedOn(DateTimeOffset askedAt, DateTimeOffset localNow)
    {
        var local = askedAt.ToOffset(localNow.Offset);
        return local.Year == localNow.Year
            ? string.Create(CultureInfo.InvariantCulture, $"{local.Month}月{local.Day}日提出")
            : string.Create(CultureInfo.InvariantCulture, $"{local.Year}年{local.Month}月{local.Day}日提出");
    }

    /// <summary>Each branch's name, or its path where two branches share a name.</summary>
    public static IReadOnlyDictionary<string, string> NamesOf(IReadOnlyList<BranchOpenQuestions> branches)
    {
        ArgumentNullException.ThrowIfNull(branches);
        var duplicates = branches.GroupBy(b => b.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return branches.ToDictionary(b => b.BranchId, b => duplicates.Contains(b.Name) ? b.Path : b.Name, StringComparer.Ordinal);
    }

    private static string Shorten(string question)
    {
        var oneLine = question.ReplaceLineEndings(" ");
        return oneLine.Length <= QuestionLength ? oneLine : oneLine[..QuestionLength] + "…";
    }
}
