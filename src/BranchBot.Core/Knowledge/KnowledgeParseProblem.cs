namespace BranchBot.Core.Knowledge;

/// <summary>Something wrong in a knowledge file, with its place; the front ends word the kind for the people who edit the files.</summary>
public sealed record KnowledgeParseProblem(string FileName, int LineNumber, KnowledgeFileProblem Kind);
