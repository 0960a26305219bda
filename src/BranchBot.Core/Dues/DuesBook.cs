namespace BranchBot.Core.Dues;

/// <summary>The bases of every member, read once: what each member owes for a month.</summary>
public sealed class DuesBook
{
    private readonly Dictionary<string, List<DuesBase>> _byMember;

    public DuesBook(IEnumerable<DuesBase> bases)
    {
        ArgumentNullException.ThrowIfNull(bases);
        _byMember = bases.GroupBy(b => b.MemberId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(b => b.EffectiveFrom).ToList(), StringComparer.Ordinal);
    }

    /// <summary>The base in effect for the month: the latest one from that month or before; null before the first.</summary>
    public DuesBase? BaseFor(string memberId, DuesMonth month) =>
        _byMember.TryGetValue(memberId, out var bases) ? bases.LastOrDefault(b => b.EffectiveFrom <= month) : null;

    /// <summary>The member's latest base, whatever month it starts.</summary>
    public DuesBase? LatestOf(string memberId) => _byMember.TryGetValue(memberId, out var bases) ? bases[^1] : null;

    /// <summary>The first month the branch keeps the member's dues for; null when no base was ever recorded.</summary>
    public DuesMonth? TrackedFrom(string memberId) => _byMember.TryGetValue(memberId, out var bases) ? bases[0].EffectiveFrom : null;

    public decimal? DueFor(string memberId, DuesMonth month) => BaseFor(memberId, month)?.MonthlyAmount;
}
