namespace BranchBot.Core.Talks;

/// <summary>What a member tells about a talk: when (today when null), how, what was discussed, issues found and follow-up.</summary>
public sealed record TalkEntry(string Topics, DateOnly? Date = null, TalkForm Form = TalkForm.InPerson, string? Issues = null, string? FollowUp = null);
