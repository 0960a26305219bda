namespace BranchBot.Core.Knowledge.Entries;

/// <summary>What a stored entry must satisfy; problems are explained in Chinese for the secretary.</summary>
public static class KnowledgeEntryRules
{
    public const int MaxQuestionLength = 100;

    public const int MaxAlternatives = 10;

    /// <summary>The 依据 of an answer the branch gave itself, without a document to cite.</summary>
    public const string BranchAnswerSource = "支部答复";

    public static string? QuestionProblem(string? question)
    {
        var text = question?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return "问题不能为空，请写上要回答的问题，例如：支委会多久开一次？";
        }

        if (text.Length > MaxQuestionLength)
        {
            return $"问题有{text.Length}个字，太长了，请控制在{MaxQuestionLength}字以内。";
        }

        return KnowledgeEntries.Key(text).Length == 0 ? "问题里没有实际内容，请换个说法。" : null;
    }

    public static string? AnswerProblem(string? answer)
    {
        var text = answer?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return "答案不能为空。";
        }

        return text.Length > KnowledgeEntry.MaxAnswerLength
            ? $"答案有{text.Length}个字，超过了{KnowledgeEntry.MaxAnswerLength}字的上限，请精简后再发（较长的内容可以拆成几条问答）。"
            : null;
    }

    public static string? SourceProblem(string? source) =>
        string.IsNullOrWhiteSpace(source) ? $"请写明依据（文件和条款，如《中国共产党支部工作条例（试行）》第十五条），没有明确条款的可写「{BranchAnswerSource}」。" : null;

    public static string? AlternativesProblem(IReadOnlyList<string> alternatives)
    {
        ArgumentNullException.ThrowIfNull(alternatives);
        if (alternatives.Count > MaxAlternatives)
        {
            return $"其他问法最多{MaxAlternatives}个。";
        }

        return alternatives.FirstOrDefault(a => a.Length > MaxQuestionLength) is { } tooLong
            ? $"其他问法「{tooLong[..10]}…」太长了，请控制在{MaxQuestionLength}字以内。"
            : null;
    }

    /// <summary>The first problem of a draft, or null when it can be saved.</summary>
    public static string? Problem(KnowledgeEntryDraft draft)
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
