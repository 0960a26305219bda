using System.Globalization;

namespace BranchBot.WebConsole.Pages.Knowledge;

/// <summary>An answer form of 待答问题 as posted, kept to show it again next to its problem.</summary>
public sealed record AnswerAttempt(int Number, string Answer, bool SaveToKnowledgeBase, string Source, string? Problem = null)
{
    public static AnswerAttempt Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var number = int.TryParse(form["number"].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        return new(
            number,
            (form["answer"].FirstOrDefault() ?? string.Empty).ReplaceLineEndings("\n"),
            form["save"].FirstOrDefault() == "on",
            (form["source"].FirstOrDefault() ?? string.Empty).Trim());
    }
}
