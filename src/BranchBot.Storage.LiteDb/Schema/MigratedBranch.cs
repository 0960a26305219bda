using BranchBot.Core.Organisation;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Schema;

/// <summary>The one branch a database from before organisations had (the unit <see cref="OrganisationStep"/> made), which owns all its documents.</summary>
internal static class MigratedBranch
{
    /// <summary>Its id; null when the database never started (it holds no branch-owned documents either).</summary>
    public static string? IdIn(LiteDatabase database)
    {
        var branches = database.GetCollection(LiteDbCollections.OrgUnits).FindAll()
            .Where(u => u["Kind"].AsString == nameof(OrgUnitKind.Branch))
            .ToList();
        return branches.Count switch
        {
            0 => null,
            1 => branches[0]["_id"].AsString,
            _ => throw new InvalidOperationException($"An older database has one branch, this one {branches.Count}: it was not written by BranchBot."),
        };
    }
}
