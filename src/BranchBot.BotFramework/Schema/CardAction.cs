namespace BranchBot.BotFramework.Schema;

public sealed class CardAction
{
    public string Type { get; set; } = ActionTypes.ImBack;
    public string? Title { get; set; }
    public string? Image { get; set; }
    public string? Text { get; set; }
    public string? DisplayText { get; set; }
    public object? Value { get; set; }

    /// <summary>A button that sends its title (or value) back as the user's message.</summary>
    public static CardAction ImBack(string title, string? value = null) =>
        new() { Type = ActionTypes.ImBack, Title = title, Value = value ?? title };

    public static CardAction OpenUrl(string title, string url) =>
        new() { Type = ActionTypes.OpenUrl, Title = title, Value = url };
}

public static class ActionTypes
{
    public const string ImBack = "imBack";
    public const string PostBack = "postBack";
    public const string MessageBack = "messageBack";
    public const string OpenUrl = "openUrl";
}
