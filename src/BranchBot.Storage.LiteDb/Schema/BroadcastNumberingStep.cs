using LiteDB;

namespace BranchBot.Storage.LiteDb.Schema;

/// <summary>
/// Version 6 (issue 16): broadcasts and 定期广播 are numbered per branch. Each is stored again under
/// "{branch}:{number}" with its number and branch; a broadcast keeps "broadcast:{number}" as its outbox batch base,
/// so its delivery items (never rewritten) are still its own. Acknowledgements become "{branch}:{number}|{member}";
/// replies get the branch id. Documents already converted are left alone, so the step may run twice.
/// </summary>
public sealed class BroadcastNumberingStep : ISchemaStep
{
    public int Version => 6;

    public string Description => "broadcasts numbered per branch (broadcasts, broadcast_acknowledgements, broadcast_replies, broadcast_plans)";

    public void Apply(LiteDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (MigratedBranch.IdIn(database) is not { } branchId)
        {
            return;
        }

        PerBranchIds.Renumber(database, LiteDbCollections.Broadcasts, branchId, (document, number) => document["BatchBase"] = $"broadcast:{number}");
        PerBranchIds.Renumber(database, LiteDbCollections.BroadcastPlans, branchId);
        PerBranchIds.Prefix(database, LiteDbCollections.BroadcastAcknowledgements, branchId);
        PerBranchIds.Stamp(database, LiteDbCollections.BroadcastReplies, branchId);
    }
}
