using BranchBot.Core.Knowledge.Entries;

namespace BranchBot.WebConsole.Pages.Knowledge;

/// <summary>
/// The add/edit form's fields as typed, kept as text so a refused form comes back exactly as the secretary left it.
/// <see cref="Original"/> is the question of the entry being edited (empty when adding).
/// </summary>
public sealed record EntryFormValues(string Question, string Alternatives, string Answer, string Source, string Original)
{
    public static EntryFormValues Empty { get; } = new(string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);

    public bool IsEdit => Original.Length > 0;

    public static EntryFormValues Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new(Field(form, "question"), Field(form, "alternatives"), Field(form, "answer"), Field(form, "source"), Field(form, "original"));
    }

    public static EntryFormValues From(KnowledgeEntryView entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Question, string.Join('\n', entry.AlternativeQuestions), entry.Answer, entry.Source, entry.Question);
    }

    public KnowledgeEntryDraft ToDraft() =>
        new(Question, KnowledgeEntryRules.SplitAlternatives(Alternatives, Question), Answer, Source);

    // Browsers send a textarea's line breaks as CRLF; chat uses LF, so both are stored alike.
    private static string Field(IFormCollection form, string name) => (form[name].FirstOrDefault() ?? string.Empty).ReplaceLineEndings("\n");
}
