namespace BranchBot.Core.PartyDevelopment;

/// <summary>One branch's 发展党员 files.</summary>
public interface IDevelopmentStore
{
    ValueTask SaveAsync(DevelopmentRecord record, CancellationToken cancellationToken);

    ValueTask<DevelopmentRecord?> GetAsync(string recordId, CancellationToken cancellationToken);

    /// <summary>Every file of the branch, oldest first.</summary>
    ValueTask<IReadOnlyList<DevelopmentRecord>> ListAsync(CancellationToken cancellationToken);
}
