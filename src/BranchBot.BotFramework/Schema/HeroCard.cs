namespace BranchBot.BotFramework.Schema;

/// <summary>A hero card: title, text and buttons; sent as an attachment.</summary>
public sealed class HeroCard
{
    public const string ContentType = "application/vnd.microsoft.card.hero";

    public string? Title { get; set; }
    public string? Subtitle { get; set; }
    public string? Text { get; set; }
    public List<CardImage>? Images { get; set; }
    public List<CardAction>? Buttons { get; set; }

    public Attachment ToAttachment() => new() { ContentType = ContentType, Content = this };
}

public sealed class CardImage
{
    public string? Url { get; set; }
    public string? Alt { get; set; }
}

public static class AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
}
