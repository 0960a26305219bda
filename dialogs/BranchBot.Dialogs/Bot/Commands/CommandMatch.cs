namespace BranchBot.Dialogs.Bot.Commands;

/// <summary>A command found at the start of a message, and the rest of the message as its arguments.</summary>
public sealed record CommandMatch(IChatCommand Command, string Keyword, string Arguments);
