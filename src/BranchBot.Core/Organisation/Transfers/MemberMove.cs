using BranchBot.Core.Membership;

namespace BranchBot.Core.Organisation.Transfers;

/// <summary>
/// What one 组织关系转接 writes, all or nothing: the member's record in the old branch retired (removed, no chat
/// accounts, <see cref="Member.TransferredToBranchId"/> set), a new record in the receiving branch holding the chat
/// accounts, the old record's invites deleted and the member's roles above the branches carried to the new record.
/// </summary>
public sealed record MemberMove(string FromBranchId, Member Retired, string ToBranchId, Member Arrived);
