using System.Collections.Concurrent;
using BranchBot.Core.Organisation;
using BranchBot.Core.Organisation.Oversight;
using BranchBot.Core.Storage;

namespace BranchBot.Organisation;

/// <summary>
/// <see cref="IBranchScopes"/>: the root container serves the first branch; every other open branch gets a container
/// of its own (<see cref="BranchRegistrations"/>), built once on first use and disposed with the host, which flushes
/// its buffered stores. Looking a built branch up is one dictionary read. How many branches are open is counted once
/// and again after a branch is added, here or on another instance on the same database (a change notice).
/// </summary>
internal sealed class BranchScopes : IBranchScopes, IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<ServiceProvider>> _branches = new(StringComparer.Ordinal);
    private readonly IServiceProvider _root;
    private readonly BranchRegistrations _registrations;
    private readonly BranchContext _primary;
    private readonly IOrganisationStore _organisation;
    private readonly IChangeNotices _notices;
    private readonly IDisposable _subscription;
    private volatile int _openBranches = -1;
    private int _unitsChanged;
    private bool _disposed;

    public BranchScopes(IServiceProvider root, BranchRegistrations registrations, BranchContext primary, IOrganisationStore organisation, IChangeNotices notices)
    {
        _root = root;
        _registrations = registrations;
        _primary = primary;
        _organisation = organisation;
        _notices = notices;
        _subscription = notices.Subscribe(ChangeTopics.OrganisationUnits, ForgetOpenBranches);
    }

    public string PrimaryBranchId => _primary.Id;

    public bool ServesOnlyPrimary
    {
        get
        {
            var open = _openBranches;
            return (open < 0 ? ReadOpenBranches().Count : open) <= 1;
        }
    }

    public IServiceProvider For(string branchId)
    {
        ArgumentNullException.ThrowIfNull(branchId);
        if (string.Equals(branchId, _primary.Id, StringComparison.Ordinal))
        {
            return _root;
        }

        if (_branches.TryGetValue(branchId, out var built))
        {
            return built.Value;
        }

        ObjectDisposedException.ThrowIf(_disposed, this);
        var unit = _organisation.GetUnitAsync(branchId, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        if (unit is not { Kind: OrgUnitKind.Branch, ClosedAt: null })
        {
            throw new BranchNotServedException(branchId);
        }

        var context = new BranchContext(branchId);
        return _branches.GetOrAdd(branchId, _ => new Lazy<ServiceProvider>(
            () => _registrations.For(context, _root).BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }))).Value;
    }

    public Task<IReadOnlyList<string>> OpenBranchIdsAsync(CancellationToken cancellationToken)
    {
        var open = ReadOpenBranches();
        return Task.FromResult<IReadOnlyList<string>>([_primary.Id, .. open.Where(id => id != _primary.Id).Order(StringComparer.Ordinal)]);
    }

    public async ValueTask BranchAddedAsync(string branchId, CancellationToken cancellationToken)
    {
        ForgetOpenBranches();
        await _notices.PublishAsync(ChangeTopics.OrganisationUnits, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        _subscription.Dispose();
        foreach (var branch in _branches.Values.Where(b => b.IsValueCreated))
        {
            await branch.Value.DisposeAsync();
        }

        _branches.Clear();
    }

    private void ForgetOpenBranches()
    {
        Interlocked.Increment(ref _unitsChanged);
        _openBranches = -1;
    }

    /// <summary>
    /// The open branches as stored now, their number remembered for <see cref="ServesOnlyPrimary"/> unless a branch was
    /// added meanwhile (a count read while a branch was being added elsewhere may miss it).
    /// </summary>
    private List<string> ReadOpenBranches()
    {
        var changedBefore = Volatile.Read(ref _unitsChanged);
        List<string> open = [.. _organisation.ListUnitsAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult()
            .Where(u => u.Kind == OrgUnitKind.Branch && u.ClosedAt is null)
            .Select(u => u.Id)];
        _openBranches = open.Count;
        if (Volatile.Read(ref _unitsChanged) != changedBefore)
        {
            _openBranches = -1;
        }

        return open;
    }
}
