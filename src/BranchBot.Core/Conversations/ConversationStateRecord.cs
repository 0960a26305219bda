namespace BranchBot.Core.Conversations;

/// <summary>What the bot remembers about one conversation between turns: the dialog stack, as JSON.</summary>
public sealed record ConversationStateRecord(string Key, string DialogStateJson, DateTimeOffset UpdatedAt);
