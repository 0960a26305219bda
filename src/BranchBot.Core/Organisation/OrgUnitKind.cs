namespace BranchBot.Core.Organisation;

/// <summary>The levels of a Party organisation one deployment serves (党小组 are groups inside a branch, not units).</summary>
public enum OrgUnitKind
{
    /// <summary>党委 (a 基层党委 or 机关党委): the usual root.</summary>
    PartyCommittee,

    /// <summary>党工委: a root in 街道 and 园区.</summary>
    WorkingCommittee,

    /// <summary>党总支: an optional level between the root and its branches.</summary>
    GeneralBranch,

    /// <summary>党支部: the unit that holds members, meetings and the rest.</summary>
    Branch,
}
