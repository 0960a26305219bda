namespace BranchBot.WebConsole.Shell;

/// <summary>The console's pages in the order of the navigation, each with its path segment and Chinese title.</summary>
internal static class ConsoleNavigation
{
    public const string ProductName = "党支部工作台";

    public static IReadOnlyList<ConsoleSection> Pages { get; } =
    [
        new("overview", "总览") { Readable = true },
        new("meetings", "会议") { Readable = true },
        new("ledger", "台账") { Readable = true },
        new("talks", "谈心"),
        new("dues", "党费") { Readable = true },
        new("party-development", "发展党员") { Readable = true },
        new("broadcasts", "广播") { Readable = true },
        new("members", "党员"),
        new("knowledge", "知识库"),
        new("audit", "操作日志"),
        new("org", "各支部") { OversightOnly = true },
        new("org/questions", "各支部待答") { OversightOnly = true },
        new("org/broadcasts", "各支部广播") { OversightOnly = true },
    ];

    public static string TitleOf(string slug) =>
        Pages.FirstOrDefault(p => p.Slug == slug)?.Title ?? throw new ArgumentException($"No console page '{slug}'.", nameof(slug));
}

internal sealed record ConsoleSection(string Slug, string Title)
{
    /// <summary>Shown only to 党委 role holders (the page refuses everyone else).</summary>
    public bool OversightOnly { get; init; }

    /// <summary>Open to a 党委 role holder viewing a branch under their units read-only.</summary>
    public bool Readable { get; init; }

    public string Path => "/console/" + Slug;
}
