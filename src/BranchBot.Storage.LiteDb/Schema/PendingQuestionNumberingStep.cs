using LiteDB;

namespace BranchBot.Storage.LiteDb.Schema;

/// <summary>
/// Version 7 (issue 16): 待答 questions are numbered per branch. Each, numbered by LiteDB until now, is stored again
/// under "{branch}:{number}" with its number and branch, so the numbers members were told stay theirs. Questions
/// already converted are left alone, so the step may run twice.
/// </summary>
public sealed class PendingQuestionNumberingStep : ISchemaStep
{
    public int Version => 7;

    public string Description => "待答 questions numbered per branch (pending_questions)";

    public void Apply(LiteDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (MigratedBranch.IdIn(database) is { } branchId)
        {
            PerBranchIds.Renumber(database, LiteDbCollections.PendingQuestions, branchId);
        }
    }
}
