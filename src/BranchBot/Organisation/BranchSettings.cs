using BranchBot.Core;
using BranchBot.Core.Meetings;
using BranchBot.Core.Organisation;
using Microsoft.Extensions.Options;

namespace BranchBot.Organisation;

/// <summary>
/// A branch's own settings over the organisation's: <c>Branches:{branch}</c> in the configuration, where {branch} is
/// the branch's name (as in 新建支部) or its id, holds any of <c>TimeZone</c>, <c>Meetings</c> (reminder offsets,
/// check-in window, …) and <c>Compliance</c> (rules, nudge days), each replacing the organisation's value for that
/// branch only. Applied to the options of the branch's own container (and of the root for the first branch), so its
/// clock, reminders and 台账 rules follow them; read when the container is built, like every other setting at start-up.
/// </summary>
internal static class BranchSettings
{
    public const string SectionName = "Branches";

    /// <summary>The branch's section, found by id or by name; null when the branch has none.</summary>
    public static IConfigurationSection? For(IConfiguration configuration, BranchContext branch, IOrganisationStore organisation)
    {
        var branches = configuration.GetSection(SectionName);
        if (!branches.Exists())
        {
            return null;
        }

        var byId = branches.GetSection(branch.Id);
        if (byId.Exists())
        {
            return byId;
        }

        var name = organisation.GetUnitAsync(branch.Id, CancellationToken.None).AsTask().GetAwaiter().GetResult()?.Name;
        var byName = name is null ? null : branches.GetChildren().FirstOrDefault(s => string.Equals(s.Key, name, StringComparison.Ordinal));
        return byName;
    }

    public static void AddBranchSettings(this IServiceCollection services)
    {
        services.AddSingleton<IPostConfigureOptions<BranchBotOptions>, BranchTimeZone>();
        services.AddSingleton<IPostConfigureOptions<MeetingOptions>, BranchMeetingSettings>();
        services.AddSingleton<IPostConfigureOptions<ComplianceOptions>, BranchComplianceSettings>();
    }

    /// <summary>
    /// What in a branch's section cannot be used, or null. The start-up check stops on it; a branch made later in a
    /// running server keeps the organisation's values for the part that cannot be used (and the log says so).
    /// </summary>
    public static string? ProblemIn(IConfigurationSection section)
    {
        if (section.GetSection(nameof(BranchBotOptions.TimeZone)) is { Value: { Length: > 0 } id } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(id, out _))
        {
            return $"{zone.Path} '{id}' is not a known time zone: use an IANA name such as Asia/Shanghai or Europe/Berlin.";
        }

        return Unreadable<MeetingOptions>(section.GetSection(MeetingOptions.SectionName)) ?? Unreadable<ComplianceOptions>(section.GetSection(ComplianceOptions.SectionName));
    }

    private static string? Unreadable<T>(IConfigurationSection section)
        where T : new()
    {
        try
        {
            section.Bind(new T());
            return null;
        }
        catch (InvalidOperationException exception)
        {
            return $"{section.Path} cannot be read: {exception.Message}";
        }
    }

    /// <summary>Binds <paramref name="section"/> over <paramref name="options"/>; a list it names replaces the organisation's list instead of adding to it.</summary>
    private static void Bind<T>(IConfigurationSection section, T options, params (string Key, Action Clear)[] lists)
        where T : new()
    {
        if (Unreadable<T>(section) is not null)
        {
            return;
        }

        foreach (var (key, clear) in lists)
        {
            if (section.GetSection(key).Exists())
            {
                clear();
            }
        }

        section.Bind(options);
    }

    private sealed class BranchTimeZone(IConfiguration configuration, BranchContext branch, IOrganisationStore organisation) : IPostConfigureOptions<BranchBotOptions>
    {
        public void PostConfigure(string? name, BranchBotOptions options)
        {
            if (For(configuration, branch, organisation)?.GetSection(nameof(BranchBotOptions.TimeZone)) is { Value: { Length: > 0 } id }
                && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _))
            {
                options.TimeZone = id;
            }
        }
    }
    private sealed class BranchMeetingSettings(IConfiguration configuration, BranchContext branch, IOrganisationStore organisation) : IPostConfigureOptions<MeetingOptions>
    {
        public void PostConfigure(string? name, MeetingOptions options)
        {
            if (For(configuration, branch, organisation)?.GetSection(MeetingOptions.SectionName) is { } section && section.Exists())
            {
                Bind(section, options, (nameof(MeetingOptions.ReminderOffsets), options.ReminderOffsets.Clear));
            }
        }
    }

    private sealed class BranchComplianceSettings(IConfiguration configuration, BranchContext branch, IOrganisationStore organisation) : IPostConfigureOptions<ComplianceOptions>
    {
        public void PostConfigure(string? name, ComplianceOptions options)
        {
            if (For(configuration, branch, organisation)?.GetSection(ComplianceOptions.SectionName) is { } section && section.Exists())
            {
                Bind(section, options, (nameof(ComplianceOptions.Rules), options.Rules.Clear));
            }
        }
    }
}
