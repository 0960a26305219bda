namespace BranchBot.Core.Organisation.Transfers;

/// <summary>Writes a member's move between two branches in one transaction (the branch stores each write only their own branch).</summary>
public interface IMemberTransferStore
{
    ValueTask MoveAsync(MemberMove move, CancellationToken cancellationToken);
}
