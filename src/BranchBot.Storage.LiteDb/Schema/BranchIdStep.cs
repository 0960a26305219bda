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
        if (MigratedBranch.IdIn(database) is not { } branchId)
        {
            return;
        }

        foreach (var name in collections)
        {
            PerBranchIds.Stamp(database, name, branchId);
        }
    }
}
