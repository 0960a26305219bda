using BranchBot.Core.Knowledge;

namespace BranchBot.Dialogs.Knowledge;

/// <summary>How a problem in a knowledge file is said to the people who edit the files (in the log at start-up).</summary>
public static class KnowledgeFileTexts
{
    public static string Say(KnowledgeParseProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return $"{problem.FileName} 第{problem.LineNumber}行：{Say(problem.Kind)}";
    }

    public static string Say(KnowledgeFileProblem problem) => problem switch
    {
        KnowledgeFileProblem.OutsideEntry => "这段文字不属于任何条目，请放在“## 问题”标题之下。",
        KnowledgeFileProblem.RepeatedKey repeated => $"“{repeated.Key}”在同一条目中出现了两次。",
        KnowledgeFileProblem.NoAlternatives => "“也问”后面没有写任何问法。",
        KnowledgeFileProblem.EmptySource => "“出处”后面是空的，请写明文件和条款，或“各地常见做法”。",
        KnowledgeFileProblem.UnknownKey unknown => $"不认识的条目信息“{unknown.Key}”，只能写“也问：”“出处：”或“问的是：”。",
        KnowledgeFileProblem.UnknownAskedKind unknown => $"“问的是”里的“{unknown.Name}”不是可用的问法种类，可写：{string.Join("、", KnowledgeAskedKindNames.All)}。",
        KnowledgeFileProblem.NoQuestion => "“##”后面没有写问题。",
        KnowledgeFileProblem.RepeatedQuestion repeated => $"问题“{repeated.Question}”在第{repeated.FirstLine}行已经写过。",
        KnowledgeFileProblem.MissingSource => "条目缺少“- 出处：”一行。",
        KnowledgeFileProblem.NoAnswer => "条目没有答案。",
        KnowledgeFileProblem.AnswerTooLong tooLong => $"答案有{tooLong.Length}字，超过了{tooLong.MaxLength}字的上限，请拆分或精简。",
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "A knowledge file problem without wording."),
    };
}
