namespace BranchBot.BotFramework.DingTalk;

/// <summary>
/// The 钉钉 enterprise internal application and its robot (section <c>DingTalk</c>). The channel is on when the three
/// credentials are all set, off when none is; some set and others not stops the start (<see cref="ConfigurationProblem"/>).
/// </summary>
public sealed class DingTalkOptions
{
    public const string SectionName = "DingTalk";
    public const string DefaultApiBaseUrl = "https://api.dingtalk.com";

    public string? AppKey { get; set; }
    public string? AppSecret { get; set; }
    public string? RobotCode { get; set; }
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>The platform signs each callback with a millisecond timestamp and refuses more than an hour of drift; so do we.</summary>
    public TimeSpan TimestampWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Largest callback body accepted; the robot's messages are a few KB.</summary>
    public int MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>How long before the access token's expiry it is fetched again.</summary>
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(5);

    private IEnumerable<(string Name, string? Value)> Credentials =>
        [(nameof(AppKey), AppKey), (nameof(AppSecret), AppSecret), (nameof(RobotCode), RobotCode)];

    public bool IsConfigured => Credentials.All(c => !string.IsNullOrWhiteSpace(c.Value));

    /// <summary>The settings a partial configuration lacks, or a wrong one, as one line; null when on or off as a whole.</summary>
    public string? ConfigurationProblem()
    {
        if (!IsConfigured && Credentials.Any(c => !string.IsNullOrWhiteSpace(c.Value)))
        {
            var missing = Credentials.Where(c => string.IsNullOrWhiteSpace(c.Value)).Select(c => $"{SectionName}:{c.Name}");
            return $"The DingTalk channel is partly configured: {string.Join(", ", missing)} missing (set all three to turn it on, none to leave it off).";
        }

        return !IsConfigured || Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out _) ? null : $"{SectionName}:ApiBaseUrl must be an absolute URL.";
    }
}
