using LiteDB;

namespace BranchBot.Storage.LiteDb.Schema;

/// <summary>
/// Version 9 (issue 16): the knowledge entries an older database's secretaries stored become its branch's own 支部答复
/// (<c>BranchId</c>, <c>Scope</c> = Branch), which the organisation may adopt later. Entries that already carry a
/// branch are left alone, so the step may run twice.
/// </summary>
public sealed class KnowledgeEntryBranchStep : ISchemaStep
{
    public int Version => 9;

    public string Description => "knowledge entries become the branch's own (knowledge_entries)";

    public void Apply(LiteDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (MigratedBranch.IdIn(database) is not { } branchId)
        {
            return;
        }

        var entries = database.GetCollection(LiteDbCollections.KnowledgeEntries);
        foreach (var entry in entries.FindAll().Where(d => !d["BranchId"].IsString).ToList())
        {
            entry["BranchId"] = branchId;
            entry["Scope"] = "Branch";
            entries.Update(entry);
        }
    }
}
