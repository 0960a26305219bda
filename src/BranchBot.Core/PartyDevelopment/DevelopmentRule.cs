namespace BranchBot.Core.PartyDevelopment;

/// <summary>
/// One row of the rule table: the 细则 article it comes from (an article number only where it was checked against
/// the text, else the chapter) and whether the secretary may record a step against it with a reason.
/// <see cref="UsualPractice"/> marks a rule the 细则 does not set itself (a length of time its text leaves open): it is
/// worded as 「通常」 and always allows an exception.
/// </summary>
public sealed record DevelopmentRule(DevelopmentRuleId Id, string Article, bool AllowsException = true)
{
    public bool UsualPractice { get; init; }
}
