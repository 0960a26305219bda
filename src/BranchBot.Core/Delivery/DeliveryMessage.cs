namespace BranchBot.Core.Delivery;

/// <summary>
/// The message one outbox item carries: text plus optional buttons whose titles are sent back when clicked
/// (the same shape as <see cref="Notifications.Notification"/>).
/// </summary>
public sealed record DeliveryMessage(string Text, IReadOnlyList<string>? Buttons = null);
