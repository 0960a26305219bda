using BranchBot.Core.Knowledge.Questions;

namespace BranchBot.Core.Organisation.Oversight;

/// <summary>
/// 待答问题 全部: every overseen branch's questions still waiting for an answer, oldest first, read-only. Only the text
/// and when it was asked leave the branch: not who asked (the branch's to know), and nothing of 谈心 or 匿名建议,
/// which are not questions.
/// </summary>
public sealed class OpenQuestionsAcrossBranches(OverseenBranches overseen)
{
    /// <summary>Branches with the longest-waiting question first, then by path; branches with none after them.</summary>
    public async Task<IReadOnlyList<BranchOpenQuestions>> ListAsync(IReadOnlyCollection<string> unitIds, CancellationToken cancellationToken)
    {
        var found = new List<BranchOpenQuestions>();
        foreach (var branch in await overseen.UnderAsync(unitIds, cancellationToken))
        {
            var open = (await branch.Services.Questions.ListAsync(cancellationToken))
                .Where(q => q.State == PendingQuestionState.Open)
                .OrderBy(q => q.AskedAt)
                .ThenBy(q => q.Number)
                .Select(q => new OpenQuestion(q.Question, q.AskedAt))
                .ToList();
            found.Add(new BranchOpenQuestions(branch.Id, branch.Name, branch.Path, open));
        }

        return [.. found
            .OrderBy(b => b.Questions.Count == 0)
            .ThenBy(b => b.Questions.Count == 0 ? DateTimeOffset.MaxValue : b.Questions[0].AskedAt)
            .ThenBy(b => b.Path, StringComparer.Ordinal)];
    }
}

/// <summary>One branch's open questions, oldest first.</summary>
public sealed record BranchOpenQuestions(string BranchId, string Name, string Path, IReadOnlyList<OpenQuestion> Questions);

/// <summary>A question waiting for the branch's answer: its text and when it was asked, nothing of the asker.</summary>
public sealed record OpenQuestion(string Text, DateTimeOffset AskedAt);
