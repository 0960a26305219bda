using BranchBot.Core.Membership;
using BranchBot.Core.Organisation;
using LiteDB;

namespace BranchBot.Storage.LiteDb.Schema;

/// <summary>
/// Version 1 (issue 16): a database from before organisations becomes an organisation with its one branch. From the
/// old <c>branch</c> document come a root unit (党委, named after the branch, holding the setup code while unclaimed)
/// and a branch unit that keeps the id "branch" (name, claim time, pending recovery code); the active 书记 becomes the
/// organisation's 党建专员. The <c>branch</c> document is left as it was and no longer read.
/// </summary>
public sealed class OrganisationStep : ISchemaStep
{
    /// <summary>The id the one branch of an older database keeps (opaque from then on, like any other unit id).</summary>
    public const string MigratedBranchId = "branch";

    public int Version => 1;

    public string Description => "organisation tree: the branch becomes a unit under a root 党委";

    public void Apply(LiteDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var units = database.GetCollection(LiteDbCollections.OrgUnits);
        var old = database.GetCollection(LiteDbCollections.Branch).FindById(MigratedBranchId);
        if (old is null || units.Count() > 0)
        {
            // A database that never started (nothing to carry), or one this step already converted.
            return;
        }

        var root = new BsonDocument
        {
            ["_id"] = OrgUnit.NewId(),
            ["Kind"] = nameof(OrgUnitKind.PartyCommittee),
            ["Name"] = old["Name"],
            ["ParentId"] = BsonValue.Null,
            ["SetupCodeHash"] = old["SetupCodeHash"],
        };
        var branch = new BsonDocument
        {
            ["_id"] = MigratedBranchId,
            ["Kind"] = nameof(OrgUnitKind.Branch),
            ["Name"] = old["Name"],
            ["ParentId"] = root["_id"],
            ["ClaimedAt"] = old["ClaimedAt"],
            ["RecoveryCodeHash"] = old["RecoveryCodeHash"],
            ["RecoveryCodeIssuedAt"] = old["RecoveryCodeIssuedAt"],
            ["RecoveryCodeExpiresAt"] = old["RecoveryCodeExpiresAt"],
        };
        units.Insert(root);
        units.Insert(branch);

        var secretary = database.GetCollection(LiteDbCollections.Members).FindAll()
            .FirstOrDefault(m => m["Role"].AsString == nameof(MemberRole.Secretary) && m["RemovedAt"].IsNull);
        if (secretary is not null)
        {
            var role = new OrgRole(secretary["_id"].AsString, root["_id"].AsString, OrgRoleKind.PartyAffairsOfficer);
            database.GetCollection(LiteDbCollections.OrgRoles).Insert(new BsonDocument
            {
                ["_id"] = role.Key,
                ["MemberId"] = role.MemberId,
                ["UnitId"] = role.UnitId,
                ["Kind"] = nameof(OrgRoleKind.PartyAffairsOfficer),
            });
        }
    }
}
