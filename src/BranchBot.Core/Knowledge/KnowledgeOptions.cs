namespace BranchBot.Core.Knowledge;

/// <summary>Settings under "Knowledge".</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>The folder of knowledge files; by default the "knowledge" folder beside the binaries.</summary>
    public string? Folder { get; set; }

    /// <summary>The relevance an entry needs to be given as the answer; by default the tuned <see cref="KnowledgeThresholds.Default"/>.</summary>
    public double? AnswerThreshold { get; set; }

    public KnowledgeThresholds Thresholds =>
        AnswerThreshold is { } answer ? KnowledgeThresholds.Default with { Answer = answer } : KnowledgeThresholds.Default;

    public string ResolvedFolder => string.IsNullOrWhiteSpace(Folder) ? Path.Combine(AppContext.BaseDirectory, "knowledge") : Folder;
}
