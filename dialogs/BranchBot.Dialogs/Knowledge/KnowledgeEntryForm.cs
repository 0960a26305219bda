namespace BranchBot.Dialogs.Knowledge;

/// <summary>
/// What 添加问答 / 修改问答 has gathered so far, kept in the dialog state. Null means still to be asked; an empty
/// alternatives list means the secretary skipped it.
/// </summary>
public sealed record KnowledgeEntryForm
{
    public string? Question { get; init; }

    public List<string>? Alternatives { get; init; }

    public string? Answer { get; init; }

    public string? Source { get; init; }

    /// <summary>Why the question typed with the command was not taken, said before the first question.</summary>
    public string? Problem { get; init; }
}
