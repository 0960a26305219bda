namespace BranchBot.BotFramework.DirectLine.Conversations;

/// <summary>An activity as the channel keeps it: its place in the conversation and its wire JSON, never mutated.</summary>
internal sealed record StoredActivity(long Sequence, string Id, byte[] Json);
