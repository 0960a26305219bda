namespace BranchBot.Core.Membership;

/// <summary>
/// Counts this process's writes of members in any branch, so the organisation-wide index of who belongs where
/// (<see cref="Organisation.SenderBranchIndex"/>) knows to read it again; one per process, shared by every branch.
/// </summary>
public sealed class MembershipChanges
{
    private long _version;

    public long Version => Interlocked.Read(ref _version);

    public void Record() => Interlocked.Increment(ref _version);
}
