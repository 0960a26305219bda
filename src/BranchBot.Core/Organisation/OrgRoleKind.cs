namespace BranchBot.Core.Organisation;

/// <summary>Roles held on a unit above the branches (党委 level); each sees that unit's subtree.</summary>
public enum OrgRoleKind
{
    /// <summary>党委书记.</summary>
    Secretary,

    /// <summary>党委副书记.</summary>
    DeputySecretary,

    /// <summary>组织委员: the one who answers to the level above for every branch's 三会一课.</summary>
    OrganisationCommittee,

    /// <summary>党建专员: runs the deployment; the first branch's 书记 holds it until they hand it on.</summary>
    PartyAffairsOfficer,
}
