namespace BranchBot.Core.Knowledge.Entries;

/// <summary>
/// An entry a secretary added or corrected (添加问答, 修改问答, the console), kept in the database. It wins over a file
/// entry with the same normalised question.
/// </summary>
public sealed record StoredKnowledgeEntry
{
    /// <summary>The file name shown for database entries in reports, where file entries show theirs.</summary>
    public const string Origin = "支部问答库";

    public required string Id { get; init; }

    public required string Question { get; init; }

    public IReadOnlyList<string> AlternativeQuestions { get; init; } = [];

    public required string Answer { get; init; }

    /// <summary>The 依据 as typed: "《…》第…条" or any text such as 支部答复.</summary>
    public required string Source { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Name of the member who last saved it.</summary>
    public string UpdatedBy { get; init; } = string.Empty;

    public KnowledgeEntryScope Scope { get; init; } = KnowledgeEntryScope.Branch;

    /// <summary>The branch that wrote it and alone may change it; set by the store.</summary>
    public string? OwnerBranchId { get; init; }

    public string QuestionKey => KnowledgeEntries.Key(Question);

    public KnowledgeEntry ToEntry() => new()
    {
        Question = Question,
        AlternativeQuestions = AlternativeQuestions,
        Answer = Answer,
        Source = KnowledgeSource.Parse(Source),
        FileName = Origin,
        StoredId = Id,
    };

    public static string NewId() => "k_" + Guid.NewGuid().ToString("N")[..12];
}
