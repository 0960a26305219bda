namespace BranchBot.Core.Talks;

/// <summary>
/// A 匿名建议 as stored: a random id, the branch-local date and the protected text. Deliberately nothing else — no
/// member, chat or time of day — so the sender cannot be worked out from the document.
/// </summary>
public sealed record AnonymousSuggestion(string Id, DateOnly Date, string ProtectedText)
{
    /// <summary>A random id: unlike LiteDB's ObjectId or a counter it carries no time or order.</summary>
    public static string NewId() => Guid.NewGuid().ToString("N");
}

/// <summary>A suggestion in plain text, for the secretary.</summary>
public sealed record SuggestionView(DateOnly Date, string Text);
