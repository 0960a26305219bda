using BranchBot.Core.Organisation;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Schema;

/// <summary>
/// Gives every document of some branch-owned collections the id of the branch it belongs to: in a database from before
/// organisations, all of them belong to its one branch (the unit <see cref="OrganisationStep"/> made). Documents that
/// already carry a branch id are left alone, so the step may run twice.
/// </summary>
public sealed class BranchIdStep(int version, string what, params string[] collections) : ISchemaStep
{
    public int Version => version;

    public string Description => $"branch id on {what} ({string.Join(", ", collections)})";

    public IReadOnlyList<string> Collections => collections;

    public void Apply(LiteDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var branches = database.GetCollection(LiteDbCollections.OrgUnits).FindAll()
            .Where(u => u["Kind"].AsString == nameof(OrgUnitKind.Branch))
            .ToList();
        if (branches.Count != 1)
        {
            // No branch: a database that never started holds no branch-owned documents either.
            if (branches.Count == 0)
            {
                return;
            }

            throw new InvalidOperationException($"An older database has one branch, this one {branches.Count}: it was not written by BranchBot.");
        }

        var branchId = branches[0]["_id"];
        foreach (var name in collections)
        {
            var collection = database.GetCollection(name);
            foreach (var document in collection.FindAll().Where(d => !d["BranchId"].IsString || d["BranchId"].AsString.Length == 0).ToList())
            {
                document["BranchId"] = branchId;
                collection.Update(document);
            }
        }
    }
}
