using BranchBot.Core.Knowledge.Dues;

namespace BranchBot.Core.Knowledge.Focus;

/// <summary>
/// What the last rules or dues answer a member got was about, so that an elliptical follow-up said next ("那我一年交多少",
/// "一个季度呢", "退休了呢", "那预备党员呢", "要多久") is read against it. <paramref name="Question"/> is the question answered;
/// for a dues answer <paramref name="DuesKind"/> and <paramref name="MonthlyIncome"/> are what it was worked out from
/// (null income: still to be told). Short-lived: a follow-up comes right after the answer or not at all.
/// </summary>
public sealed record AnswerFocus(string Question, DuesPayerKind? DuesKind, decimal? MonthlyIncome, DateTimeOffset ShownAt)
{
    /// <summary>How long after the answer a follow-up is read against it.</summary>
    public static readonly TimeSpan Lasts = TimeSpan.FromMinutes(30);

    public bool IsDues => DuesKind is not null;

    public bool HoldsAt(DateTimeOffset now) => now >= ShownAt && now - ShownAt <= Lasts;

    public static AnswerFocus OfRules(string question, DateTimeOffset now) => new(question, null, null, now);

    public static AnswerFocus OfDues(string question, DuesPayerKind kind, decimal? monthlyIncome, DateTimeOffset now) => new(question, kind, monthlyIncome, now);
}
