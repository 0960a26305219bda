namespace BranchBot.Core.Knowledge;

/// <summary>Settings under "Knowledge".</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>The folder of knowledge files; by default the "knowledge" folder beside the binaries.</summary>
    public string? Folder { get; set; }

    public string ResolvedFolder => string.IsNullOrWhiteSpace(Folder) ? Path.Combine(AppContext.BaseDirectory, "knowledge") : Folder;
}
