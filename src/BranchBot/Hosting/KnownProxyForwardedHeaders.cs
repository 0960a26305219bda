using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace BranchBot.Hosting;

/// <summary>
/// Behind a TLS-terminating reverse proxy the request reaches the bot as plain http from the proxy's address; the
/// proxy says what the client used in X-Forwarded-Proto, -For, -Host and -Prefix (the path the bot is mounted under,
/// which links sent in chat keep: <see cref="RequestPublicBaseUrl"/>). Those headers are believed only from
/// loopback (ASP.NET Core's default) and the addresses and networks in <c>BranchBot:KnownProxies</c>, so a client
/// cannot claim https or another address by sending the headers itself.
/// </summary>
public static class KnownProxyForwardedHeaders
{
    public const string SettingName = "BranchBot:KnownProxies";

    public static WebApplication UseKnownProxyForwardedHeaders(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders(Options(app.Configuration));
        return app;
    }

    /// <summary>The middleware's options: loopback plus every configured address ("10.0.0.2") or network ("10.0.0.0/8").</summary>
    /// <exception cref="StartupConfigurationException">An entry is neither an IP address nor a CIDR network.</exception>
    public static ForwardedHeadersOptions Options(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost | ForwardedHeaders.XForwardedPrefix };
        foreach (var entry in Entries(configuration))
        {
            if (entry.Contains('/', StringComparison.Ordinal) && System.Net.IPNetwork.TryParse(entry, out var network))
            {
                options.KnownIPNetworks.Add(network);
            }
            else if (IPAddress.TryParse(entry, out var address))
            {
                options.KnownProxies.Add(address);
            }
            else
            {
                throw new StartupConfigurationException($"{SettingName}: '{entry}' is neither an IP address (10.0.0.2) nor a CIDR network (10.0.0.0/8).");
            }
        }

        return options;
    }

    // A list (BranchBot__KnownProxies__0=...) or one comma-separated value (BranchBot__KnownProxies=a,b).
    private static IEnumerable<string> Entries(IConfiguration configuration)
    {
        var section = configuration.GetSection(SettingName);
        var values = !string.IsNullOrWhiteSpace(section.Value) ? [section.Value] : section.GetChildren().Select(child => child.Value ?? string.Empty);
        return values.SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
