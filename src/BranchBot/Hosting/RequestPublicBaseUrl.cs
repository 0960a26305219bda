using BranchBot.Core;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace BranchBot.Hosting;

/// <summary>
/// BranchBot:PublicUrl when set; otherwise the scheme, host, port and path base of the request being served (the
/// chat turn that asks for a link runs inside it), with X-Forwarded-* applied only from known proxies
/// (<see cref="KnownProxyForwardedHeaders"/>); outside a request, the first address the server listens on.
/// </summary>
internal sealed class RequestPublicBaseUrl(IOptions<BranchBotOptions> options, IHttpContextAccessor requests, IServiceProvider services) : IPublicBaseUrl
{
    private static readonly string[] WildcardHosts = ["0.0.0.0", "[::]", "+", "*"];

    public string Get()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.PublicUrl))
        {
            return options.Value.PublicUrl.Trim().TrimEnd('/');
        }

        if (requests.HttpContext?.Request is { Host.HasValue: true } request)
        {
            return $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}".TrimEnd('/');
        }

        return ListeningAddress()
            ?? throw new InvalidOperationException("BranchBot:PublicUrl is not set and there is no request or listening address to build a link from.");
    }

    private string? ListeningAddress()
    {
        var address = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null)
        {
            return null;
        }

        foreach (var wildcard in WildcardHosts)
        {
            address = address.Replace($"://{wildcard}", "://localhost", StringComparison.Ordinal);
        }

        return Uri.TryCreate(address, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : null;
    }
}
