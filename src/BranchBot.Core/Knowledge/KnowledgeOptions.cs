namespace BranchBot.Core.Knowledge;

/// <summary>Settings under "Knowledge".</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>The folder of knowledge files; by default the "knowledge" folder beside the binaries.</summary>
    public string? Folder { get; set; }

    /// <summary>A relevance an entry needs, besides the fitted gate's confidence, to be given as the answer; none by default.</summary>
    public double? AnswerThreshold { get; set; }

    public IKnowledgeAnswerGate Gate =>
        AnswerThreshold is { } answer ? KnowledgeAnswerConfidence.Default with { MinimumRelevance = answer } : KnowledgeAnswerConfidence.Default;

    public string ResolvedFolder => string.IsNullOrWhiteSpace(Folder) ? Path.Combine(AppContext.BaseDirectory, "knowledge") : Folder;
}
