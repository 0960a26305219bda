namespace BranchBot.BotFramework.DirectLine;

/// <summary>
/// The DirectLine section: BranchBot's built-in Direct Line 3.0 channel, which serves its own web chat.
/// Conversations live in memory, bounded by the limits below; their transcripts are also kept by the registered
/// IDirectLineTranscriptStore (in the database, in BranchBot) for <see cref="TranscriptDays"/>. With several instances
/// (an IDirectLineSharedLog that is shared) they live in the database and memory holds a cache of the latest activities.
/// </summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";
    public const string ChannelId = "directline";
    public const string RoutePrefix = "/v3/directline";

    /// <summary>
    /// Shared secret a trusted server may use instead of a token. Empty disables it (tokens/generate and secret
    /// calls answer 403) and tokens are signed with a random per-process key unless the host supplies one.
    /// </summary>
    public string? Secret { get; set; }

    public int TokenLifetimeMinutes { get; set; } = 60;

    /// <summary>Where clients reach this server; the channel's serviceUrl is this plus /v3/directline/.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>Identity of the bot inside Direct Line conversations (recipient of user activities).</summary>
    public string BotId { get; set; } = "branchbot";

    public string BotName { get; set; } = "BranchBot";

    /// <summary>Activities kept per conversation; older ones are dropped first (200 by default).</summary>
    public int MaxActivitiesPerConversation { get; set; } = 200;

    /// <summary>Serialized bytes kept per conversation; older activities are dropped first (512 KiB by default).</summary>
    public int MaxBytesPerConversation { get; set; } = 512 * 1024;

    /// <summary>Conversations held at once; the least recently used is evicted beyond it (1,000 by default).</summary>
    public int MaxConversations { get; set; } = 1_000;

    /// <summary>A conversation nobody touched for this long is forgotten (24 hours by default).</summary>
    public int ConversationIdleMinutes { get; set; } = 24 * 60;

    /// <summary>Days a stored transcript is shown again after a restart (30 by default); older activities are deleted.</summary>
    public int TranscriptDays { get; set; } = 30;

    /// <summary>Open WebSocket streams per conversation, e.g. several browser tabs (8 by default).</summary>
    public int MaxStreamsPerConversation { get; set; } = 8;

    /// <summary>Interval of the empty keep-alive frames on a WebSocket stream.</summary>
    public int KeepAliveSeconds { get; set; } = 30;

    public bool SecretEnabled => !string.IsNullOrEmpty(Secret);

    public TimeSpan TokenLifetime => TimeSpan.FromMinutes(Math.Max(1, TokenLifetimeMinutes));

    public TimeSpan TranscriptRetention => TimeSpan.FromDays(Math.Max(1, TranscriptDays));

    public TimeSpan ConversationIdleTimeout => TimeSpan.FromMinutes(Math.Max(1, ConversationIdleMinutes));

    /// <summary>The serviceUrl written into every activity of this channel; replies to it stay in this process.</summary>
    public string ServiceUrl => $"{(string.IsNullOrWhiteSpace(PublicUrl) ? "http://localhost:3978" : PublicUrl.TrimEnd('/'))}{RoutePrefix}/";
}
