namespace BranchBot.Core.PartyDevelopment;

/// <summary>
/// One row of the rule table: the 细则 article it comes from (an article number only where it was checked against
/// the text, else the chapter) and whether the secretary may record a step against it with a reason.
/// </summary>
public sealed record DevelopmentRule(DevelopmentRuleId Id, string Article, bool AllowsException = true);
