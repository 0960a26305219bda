using BranchBot.Core.Organisation;

namespace BranchBot.Organisation;

/// <summary>
/// Checks the branches' own settings (<see cref="BranchSettings"/>) before the server starts: a setting that cannot
/// be used stops the start with one clear line (a branch would otherwise quietly keep the organisation's value); a
/// <c>Branches:{name}</c> section that names no branch is logged, since its settings would apply nowhere.
/// </summary>
internal static partial class BranchSettingsStartupCheck
{
    public static bool TryCheck(IServiceProvider services, IConfiguration configuration)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BranchSettingsStartupCheck).FullName!);
        var organisation = services.GetRequiredService<IOrganisationStore>();
        var open = services.GetRequiredService<IBranchScopes>().OpenBranchIdsAsync(CancellationToken.None).GetAwaiter().GetResult();
        foreach (var section in configuration.GetSection(BranchSettings.SectionName).GetChildren())
        {
            if (BranchSettings.ProblemIn(section) is { } problem)
            {
                LogUnusable(logger, problem + " Fix it in appsettings.json and start again.");
                return false;
            }
        }

        var units = organisation.ListUnitsAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult()
            .Where(u => open.Contains(u.Id, StringComparer.Ordinal)).ToList();
        foreach (var section in configuration.GetSection(BranchSettings.SectionName).GetChildren())
        {
            if (!units.Any(u => u.Id == section.Key || u.Name == section.Key))
            {
                LogNamesNoBranch(logger, section.Path);
            }
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Problem}")]
    private static partial void LogUnusable(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Section} names no open branch (by name or id): its settings apply to none. Use the branch's name as 新建支部 gave it, or its id.")]
    private static partial void LogNamesNoBranch(ILogger logger, string section);
}
