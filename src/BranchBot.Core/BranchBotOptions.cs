namespace BranchBot.Core;

/// <summary>The BranchBot section of appsettings.json.</summary>
public sealed class BranchBotOptions
{
    public const string SectionName = "BranchBot";

    /// <summary>IANA time zone in which the branch lives; every date a member reads or types is in it.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>
    /// Where members reach this server (links in messages, the console, calendar feeds). Empty: the address each
    /// request came in on (<see cref="IPublicBaseUrl"/>).
    /// </summary>
    public string? PublicUrl { get; set; }
}
