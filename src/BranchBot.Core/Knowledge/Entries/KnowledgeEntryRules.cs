namespace BranchBot.Core.Knowledge.Entries;

/// <summary>What a stored entry must satisfy; the front ends word the problems for the secretary.</summary>
public static class KnowledgeEntryRules
{
    public const int MaxQuestionLength = 100;

    public const int MaxAlternatives = 10;

    /// <summary>The 依据 of an answer the branch gave itself, without a document to cite.</summary>
    public const string BranchAnswerSource = "支部答复";

    public static KnowledgeProblem? QuestionProblem(string? question)
    {
        var text = question?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return new KnowledgeProblem.QuestionEmpty();
        }

        if (text.Length > MaxQuestionLength)
        {
            return new KnowledgeProblem.QuestionTooLong(text.Length, MaxQuestionLength);
        }

        return KnowledgeEntries.Key(text).Length == 0 ? new KnowledgeProblem.QuestionWithoutContent() : null;
    }

    public static KnowledgeProblem? AnswerProblem(string? answer)
    {
        var text = answer?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return new KnowledgeProblem.AnswerEmpty();
        }

        return text.Length > KnowledgeEntry.MaxAnswerLength
            ? new KnowledgeProblem.AnswerTooLong(text.Length, KnowledgeEntry.MaxAnswerLength)
            : null;
    }

    public static KnowledgeProblem? SourceProblem(string? source) =>
        string.IsNullOrWhiteSpace(source) ? new KnowledgeProblem.SourceMissing() : null;

    public static KnowledgeProblem? AlternativesProblem(IReadOnlyList<string> alternatives)
    {
        ArgumentNullException.ThrowIfNull(alternatives);
        if (alternatives.Count > MaxAlternatives)
        {
            return new KnowledgeProblem.TooManyAlternatives(MaxAlternatives);
        }

        return alternatives.FirstOrDefault(a => a.Length > MaxQuestionLength) is { } tooLong
            ? new KnowledgeProblem.AlternativeTooLong(tooLong, MaxQuestionLength)
            : null;
    }

    /// <summary>The first problem of a draft, or null when it can be saved.</summary>
    public static KnowledgeProblem? Problem(KnowledgeEntryDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return QuestionProblem(draft.Question) ?? AlternativesProblem(draft.AlternativeQuestions) ?? AnswerProblem(draft.Answer) ?? SourceProblem(draft.Source);
    }

    /// <summary>Alternative phrasings typed on one line: split at ；;、| or line breaks, trimmed, without repeats or the question itself.</summary>
    public static IReadOnlyList<string> SplitAlternatives(string? text, string question)
    {
        var questionKey = KnowledgeEntries.Key(question ?? string.Empty);
        return [.. (text ?? string.Empty)
            .Split(['；', ';', '|', '\n', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(a => KnowledgeEntries.Key(a) is { Length: > 0 } key && key != questionKey)
            .DistinctBy(KnowledgeEntries.Key)];
    }
}
