using System.Collections.Concurrent;
using BranchBot.Core.Organisation;
using BranchBot.Core.Organisation.Oversight;

namespace BranchBot.Organisation;

/// <summary>
/// <see cref="IBranchScopes"/>: the root container serves the first branch; every other open branch gets a container
/// of its own (<see cref="BranchRegistrations"/>), built once on first use and disposed with the host, which flushes
/// its buffered stores. Looking a built branch up is one dictionary read.
/// </summary>
internal sealed class BranchScopes(IServiceProvider root, BranchRegistrations registrations, BranchContext primary, IOrganisationStore organisation)
    : IBranchScopes, IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<ServiceProvider>> _branches = new(StringComparer.Ordinal);
    private volatile int _openBranches = -1;
    private bool _disposed;

    public string PrimaryBranchId => primary.Id;

    public bool ServesOnlyPrimary
    {
        get
        {
            var open = _openBranches;
            if (open < 0)
            {
                open = _openBranches = OpenBranches().Count;
            }

            return open <= 1;
        }
    }

    public IServiceProvider For(string branchId)
    {
        ArgumentNullException.ThrowIfNull(branchId);
        if (string.Equals(branchId, primary.Id, StringComparison.Ordinal))
        {
            return root;
        }

        if (_branches.TryGetValue(branchId, out var built))
        {
            return built.Value;
        }

        ObjectDisposedException.ThrowIf(_disposed, this);
        var unit = organisation.GetUnitAsync(branchId, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        if (unit is not { Kind: OrgUnitKind.Branch, ClosedAt: null })
        {
            throw new BranchNotServedException(branchId);
        }

        var context = new BranchContext(branchId);
        return _branches.GetOrAdd(branchId, _ => new Lazy<ServiceProvider>(
            () => registrations.For(context, root).BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }))).Value;
    }

    public Task<IReadOnlyList<string>> OpenBranchIdsAsync(CancellationToken cancellationToken)
    {
        var open = OpenBranches();
        _openBranches = open.Count;
        return Task.FromResult<IReadOnlyList<string>>([primary.Id, .. open.Where(id => id != primary.Id).Order(StringComparer.Ordinal)]);
    }

    public void BranchAdded(string branchId) => _openBranches = -1;

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        foreach (var branch in _branches.Values.Where(b => b.IsValueCreated))
        {
            await branch.Value.DisposeAsync();
        }

        _branches.Clear();
    }

    private List<string> OpenBranches() =>
        [.. organisation.ListUnitsAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult()
            .Where(u => u.Kind == OrgUnitKind.Branch && u.ClosedAt is null)
            .Select(u => u.Id)];
}
