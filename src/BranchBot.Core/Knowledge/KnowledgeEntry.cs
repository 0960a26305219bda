namespace BranchBot.Core.Knowledge;

/// <summary>One question of the knowledge base with its answer and the rule it rests on.</summary>
public sealed record KnowledgeEntry
{
    /// <summary>Answers are read in a chat bubble: longer ones belong split into several entries.</summary>
    public const int MaxAnswerLength = 300;

    public required string Question { get; init; }

    /// <summary>Other ways members ask the same thing (也问).</summary>
    public IReadOnlyList<string> AlternativeQuestions { get; init; } = [];

    public required string Answer { get; init; }

    public required KnowledgeSource Source { get; init; }

    /// <summary>
    /// The kind of answer the entry gives when its question's wording says otherwise ("- 问的是：" in its file); null when
    /// it is read from the question (<see cref="AskedKind"/>).
    /// </summary>
    public KnowledgeAskedKind? Asks { get; init; }

    /// <summary>The kind of answer the entry gives: its override, else what its own question asks.</summary>
    public KnowledgeAskedKind AskedKind => Asks ?? KnowledgeAskedKindReader.Read(Question);

    /// <summary>The file the entry was read from (file name only), for reports and corrections.</summary>
    public required string FileName { get; init; }

    /// <summary>Line of the entry's "##" heading in its file.</summary>
    public int LineNumber { get; init; }

    /// <summary>The database id of an entry a secretary added or corrected in chat or the console; null for file entries.</summary>
    public string? StoredId { get; init; }

    public bool IsStored => StoredId is not null;

    /// <summary>
    /// Names the entry across runs and machines, for bulk checks and reports: a file entry by its file and question
    /// ("党费规定.md#党费多久交一次？"), which stay the same when entries around it change; a stored entry by its database id.
    /// </summary>
    public string Id => StoredId is { } stored ? "db:" + stored : FileName + "#" + Question;
}
