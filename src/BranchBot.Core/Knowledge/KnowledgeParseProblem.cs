namespace BranchBot.Core.Knowledge;

/// <summary>Something wrong in a knowledge file, with its place; the message is Chinese for the people who edit the files.</summary>
public sealed record KnowledgeParseProblem(string FileName, int LineNumber, string Message)
{
    public override string ToString() => $"{FileName} 第{LineNumber}行：{Message}";
}
