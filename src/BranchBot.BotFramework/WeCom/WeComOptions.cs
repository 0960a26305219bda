namespace BranchBot.BotFramework.WeCom;

/// <summary>
/// The 企业微信 self-built application (section <c>WeCom</c>). The channel is on when the five credentials are all set,
/// off when none is; some set and others not stops the start (<see cref="MissingSettings"/>).
/// </summary>
public sealed class WeComOptions
{
    public const string SectionName = "WeCom";
    public const string DefaultApiBaseUrl = "https://qyapi.weixin.qq.com";

    public string? CorpId { get; set; }
    public string? AgentId { get; set; }
    public string? Secret { get; set; }
    public string? Token { get; set; }
    public string? EncodingAESKey { get; set; }
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>A callback whose timestamp is further than this from our clock is refused (a replay).</summary>
    public TimeSpan TimestampWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Largest callback body accepted; the platform's messages are a few KB.</summary>
    public int MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>How long before the access token's expiry it is fetched again.</summary>
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(5);

    private IEnumerable<(string Name, string? Value)> Credentials =>
    [
        (nameof(CorpId), CorpId), (nameof(AgentId), AgentId), (nameof(Secret), Secret), (nameof(Token), Token), (nameof(EncodingAESKey), EncodingAESKey),
    ];

    public bool IsConfigured => Credentials.All(c => !string.IsNullOrWhiteSpace(c.Value));

    public bool IsPartlyConfigured => !IsConfigured && Credentials.Any(c => !string.IsNullOrWhiteSpace(c.Value));

    /// <summary>The settings a partial configuration lacks, or a wrong one, as one line; null when on or off as a whole.</summary>
    public string? ConfigurationProblem()
    {
        if (IsPartlyConfigured)
        {
            var missing = Credentials.Where(c => string.IsNullOrWhiteSpace(c.Value)).Select(c => $"{SectionName}:{c.Name}");
            return $"The WeCom channel is partly configured: {string.Join(", ", missing)} missing (set all five to turn it on, none to leave it off).";
        }

        if (!IsConfigured)
        {
            return null;
        }

        if (WeComMessageCrypt.DecodeKey(EncodingAESKey) is null)
        {
            return $"{SectionName}:EncodingAESKey must be the 43 characters the WeCom admin console generated.";
        }

        if (!int.TryParse(AgentId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            return $"{SectionName}:AgentId must be the number shown on the application's page.";
        }

        return Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out _) ? null : $"{SectionName}:ApiBaseUrl must be an absolute URL.";
    }
}
