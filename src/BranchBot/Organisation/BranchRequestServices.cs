namespace BranchBot.Organisation;

/// <summary>
/// The services of one web request served for a branch other than the first: BranchBot's services that the branch's
/// container knows (its stores and services, and the organisation's instances it was handed) from a scope of that
/// container, everything else (the framework's rendering, routing, antiforgery) from the request's own scope. Endpoint parameters and the
/// console's components resolve through <c>HttpContext.RequestServices</c>, so they get the branch's services.
/// </summary>
internal sealed class BranchRequestServices(IServiceProvider branch, IServiceProvider request) : IServiceProvider, ISupportRequiredService
{
    private readonly IServiceProviderIsService _branchKnows = branch.GetRequiredService<IServiceProviderIsService>();

    public object? GetService(Type serviceType)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceType == typeof(IServiceProvider))
        {
            return this;
        }

        return BranchKnows(serviceType) ? branch.GetService(serviceType) : request.GetService(serviceType);
    }

    public object GetRequiredService(Type serviceType) =>
        GetService(serviceType) ?? throw new InvalidOperationException($"No service for type '{serviceType}' has been registered.");

    /// <summary>
    /// BranchBot's own services (or a list, option or logger of them) that the branch's container holds; a branch's
    /// container also copies the framework's scoped registrations, which need the framework's singletons, so those
    /// stay the request's.
    /// </summary>
    private bool BranchKnows(Type serviceType) => IsOurs(serviceType) && _branchKnows.IsService(serviceType);

    private static bool IsOurs(Type type) =>
        type.Assembly.GetName().Name?.StartsWith("BranchBot", StringComparison.Ordinal) == true
        || (type.IsConstructedGenericType && type.GenericTypeArguments.Any(IsOurs));
}
