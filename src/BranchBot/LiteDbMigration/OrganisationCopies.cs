using BranchBot.Storage.LiteDb;
using BranchBot.Storage.LiteDb.Membership;
using BranchBot.Storage.LiteDb.Organisation;
using BranchBot.Storage.Postgres;
using BranchBot.Storage.Postgres.Membership;
using BranchBot.Storage.Postgres.Organisation;

namespace BranchBot.LiteDbMigration;

/// <summary>The organisation tree, its roles, and each branch's members, 党小组 and invites: LiteDB's documents read as the domain's records, written by the PostgreSQL stores' own row writers.</summary>
internal static class OrganisationCopies
{
    public static Task<CollectionCount> UnitsAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<OrgUnitDocument>(LiteDbCollections.OrgUnits).FindAll(), LiteDbCollections.OrgUnits, document =>
        {
            var unit = document.ToUnit();
            return ImportRows.WriteIfAbsentAsync(target, "org_units", "id = @id",
                session => PostgresOrganisationStore.WriteUnitAsync(session, unit, cancellationToken), cancellationToken, ("id", unit.Id));
        });

    public static Task<CollectionCount> RolesAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<OrgRoleDocument>(LiteDbCollections.OrgRoles).FindAll(), LiteDbCollections.OrgRoles, document =>
        {
            var role = document.ToRole();
            return ImportRows.WriteIfAbsentAsync(target, "org_roles", "id = @id",
                session => PostgresOrganisationStore.WriteRoleAsync(session, role, cancellationToken), cancellationToken, ("id", role.Key));
        });

    public static Task<CollectionCount> MembersAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<MemberDocument>(LiteDbCollections.Members).FindAll(), LiteDbCollections.Members, document =>
        {
            var member = document.ToMember();
            return ImportRows.WriteIfAbsentAsync(target, "members", "id = @id",
                session => PostgresMembershipStore.WriteMemberAsync(session, member, document.BranchId, cancellationToken), cancellationToken, ("id", member.Id));
        });

    public static Task<CollectionCount> GroupsAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<PartyGroupDocument>(LiteDbCollections.PartyGroups).FindAll(), LiteDbCollections.PartyGroups, document =>
        {
            var group = document.ToGroup();
            return ImportRows.WriteIfAbsentAsync(target, "party_groups", "id = @id",
                session => PostgresMembershipStore.WriteGroupAsync(session, group, document.BranchId, cancellationToken), cancellationToken, ("id", group.Id));
        });

    public static Task<CollectionCount> InvitesAsync(LiteDbContext source, PostgresDatabase target, CancellationToken cancellationToken) =>
        Copying.EachAsync(source.Collection<InviteDocument>(LiteDbCollections.Invites).FindAll(), LiteDbCollections.Invites, document =>
        {
            var invite = document.ToInvite();
            return ImportRows.WriteIfAbsentAsync(target, "invites", "code_hash = @hash",
                session => PostgresMembershipStore.WriteInviteAsync(session, invite, document.BranchId, cancellationToken), cancellationToken, ("hash", invite.CodeHash));
        });
}
