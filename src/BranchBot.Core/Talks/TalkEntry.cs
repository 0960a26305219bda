namespace BranchBot.Core.Talks;

/// <summary>What a member tells about a talk: when (today when null), how, what was discussed, issues found and follow-up.</summary>
/// <remarks><paramref name="Id"/>, when given, is the id to record the talk under, issued with the summary a person
/// confirms: an entry whose id was recorded already gets that record back instead of a second one.</remarks>
public sealed record TalkEntry(
    string Topics, DateOnly? Date = null, TalkForm Form = TalkForm.InPerson, string? Issues = null, string? FollowUp = null, string? Id = null);
