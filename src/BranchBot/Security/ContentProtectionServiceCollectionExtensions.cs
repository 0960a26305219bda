using BranchBot.Core.Security;
using BranchBot.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BranchBot.Security;

public static class ContentProtectionServiceCollectionExtensions
{
    /// <summary>
    /// Field-level AES-256-GCM for 谈心 content, with the key ring chosen by <see cref="ContentKeyRingLoader"/>. The key
    /// is loaded by Program.cs before the host starts (ContentProtectionStartupCheck), so an exposed key stops the bot at start-up, not mid-chat.
    /// </summary>
    public static IServiceCollection AddContentProtection(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        services.Configure<ContentProtectionOptions>(section => Bind(configuration.GetSection(ContentProtectionOptions.SectionName), section));
        services.TryAddSingleton<ContentKeyRingLoader>();
        services.TryAddSingleton(provider => provider.GetRequiredService<ContentKeyRingLoader>().Load(
            provider.GetRequiredService<IOptions<ContentProtectionOptions>>().Value,
            configuration.BranchBotConnectionString(),
            environment.ContentRootPath));
        services.AddContentProtector();
        return services;
    }

    /// <summary>
    /// The signing keys (console, chat page, invite and calendar hashes) from the signing key file beside the data key,
    /// never from the database; see <see cref="SigningKeysLoader"/>. Needs the storage (an old database's key is moved).
    /// </summary>
    public static IServiceCollection AddSigningKeys(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        services.TryAddSingleton<SigningKeysLoader>();
        services.TryAddSingleton(provider => provider.GetRequiredService<SigningKeysLoader>().Load(
            configuration[$"{ContentProtectionOptions.SectionName}:{nameof(ContentProtectionOptions.SigningKeyFile)}"],
            configuration.BranchBotConnectionString(),
            environment.ContentRootPath));
        services.TryAddSingleton(provider => new LookupKey(provider.GetRequiredService<SigningKeys>().Lookup));
        return services;
    }

    /// <summary>Content protection with the given keys: for tests and tools that build their own container.</summary>
    public static IServiceCollection AddContentProtection(this IServiceCollection services, ContentKeyRing keys)
    {
        services.TryAddSingleton(keys);
        services.AddContentProtector();
        return services;
    }

    private static void AddContentProtector(this IServiceCollection services)
    {
        services.TryAddSingleton<AesGcmContentProtector>();
        services.TryAddSingleton<IContentProtector>(provider => provider.GetRequiredService<AesGcmContentProtector>());
    }

    private static void Bind(IConfigurationSection section, ContentProtectionOptions options)
    {
        section.Bind(options);
        // A list in appsettings.json or environment variables (Security__PreviousDataKeys__0); get-only, so fill it here.
        foreach (var key in section.GetSection(nameof(ContentProtectionOptions.PreviousDataKeys)).GetChildren())
        {
            if (key.Value is { Length: > 0 } value && !options.PreviousDataKeys.Contains(value))
            {
                options.PreviousDataKeys.Add(value);
            }
        }
    }
}
