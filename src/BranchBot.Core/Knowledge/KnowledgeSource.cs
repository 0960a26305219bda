namespace BranchBot.Core.Knowledge;

/// <summary>Where an answer comes from: a document (《…》 or 各地常见做法) and, when there is one, the article.</summary>
public sealed record KnowledgeSource(string Document, string? Article)
{
    /// <summary>The document name used for entries that describe common practice rather than a regulation.</summary>
    public const string CommonPractice = "各地常见做法";

    public bool IsCommonPractice => Document == CommonPractice;

    /// <summary>
    /// Splits "《中国共产党支部工作条例（试行）》第十二条" into the document in its title marks and the article after it;
    /// text without title marks is taken as a whole as the document.
    /// </summary>
    public static KnowledgeSource Parse(string text)
    {
        var trimmed = text.Trim();
        var close = trimmed.StartsWith('《') ? trimmed.IndexOf('》', StringComparison.Ordinal) : -1;
        if (close < 0)
        {
            return new KnowledgeSource(trimmed, null);
        }

        var article = trimmed[(close + 1)..].Trim();
        return new KnowledgeSource(trimmed[..(close + 1)], article.Length == 0 ? null : article);
    }

    public override string ToString() => Article is null ? Document : Document + Article;
}
