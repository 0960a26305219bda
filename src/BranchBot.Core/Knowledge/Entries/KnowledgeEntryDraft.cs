namespace BranchBot.Core.Knowledge.Entries;

/// <summary>An entry as a secretary typed it, before it is checked and saved.</summary>
public sealed record KnowledgeEntryDraft(string Question, IReadOnlyList<string> AlternativeQuestions, string Answer, string Source);
