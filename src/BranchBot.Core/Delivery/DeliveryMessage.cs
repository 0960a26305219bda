using BranchBot.Core.Membership;

namespace BranchBot.Core.Delivery;

/// <summary>
/// The message one outbox item carries: text plus optional buttons. <paramref name="OnlyTo"/>, when given, limits it to
/// those chat accounts of the member (an alert for the accounts a member had before a new one was bound); otherwise
/// every account of the member gets it.
/// </summary>
public sealed record DeliveryMessage(string Text, IReadOnlyList<DeliveryButton>? Buttons = null, IReadOnlyList<ChatAccount>? OnlyTo = null)
{
    /// <summary>Buttons whose titles are also the text sent back when clicked.</summary>
    public static DeliveryMessage WithTitleButtons(string text, IEnumerable<string> titles) =>
        new(text, [.. titles.Select(title => new DeliveryButton(title, title))]);
}

/// <summary>A button shown with the message; clicking it sends <paramref name="Value"/> back as the member's text.</summary>
public sealed record DeliveryButton(string Title, string Value);
