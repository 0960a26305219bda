using System.Globalization;
using System.Text.Json.Serialization;

namespace BranchBot.Core.Dues;

/// <summary>A calendar month dues are paid for: year and month only, ordered, with arithmetic across year ends.</summary>
public readonly record struct DuesMonth : IComparable<DuesMonth>
{
    [JsonConstructor]
    public DuesMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        Year = year;
        Month = month;
    }

    public int Year { get; init; }

    public int Month { get; init; }

    /// <summary>Months since year 0: consecutive months have consecutive indexes.</summary>
    [JsonIgnore]
    public int Index => (Year * 12) + Month - 1;

    /// <summary>"2026-01": how the month is stored and keyed.</summary>
    [JsonIgnore]
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    public static DuesMonth FromIndex(int index) => new(index / 12, (index % 12) + 1);

    public static DuesMonth Of(DateOnly day) => new(day.Year, day.Month);

    public static DuesMonth Of(DateTimeOffset local) => new(local.Year, local.Month);

    public static bool TryParseKey(string? key, out DuesMonth month)
    {
        month = default;
        if (key is not { Length: 7 } || key[4] != '-'
            || !int.TryParse(key.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(key.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year < 1 || number is < 1 or > 12)
        {
            return false;
        }

        month = new DuesMonth(year, number);
        return true;
    }

    public DuesMonth AddMonths(int months) => FromIndex(Index + months);

    /// <summary>This month and the ones after it, <paramref name="count"/> in all.</summary>
    public IReadOnlyList<DuesMonth> AndFollowing(int count) => [.. Enumerable.Range(0, count).Select(AddMonths)];

    /// <summary>The months from <paramref name="first"/> to <paramref name="last"/>, both included; empty when last is before first.</summary>
    public static IReadOnlyList<DuesMonth> Range(DuesMonth first, DuesMonth last) =>
        last < first ? [] : first.AndFollowing(last.Index - first.Index + 1);

    public int CompareTo(DuesMonth other) => Index.CompareTo(other.Index);

    public static bool operator <(DuesMonth left, DuesMonth right) => left.Index < right.Index;

    public static bool operator >(DuesMonth left, DuesMonth right) => left.Index > right.Index;

    public static bool operator <=(DuesMonth left, DuesMonth right) => left.Index <= right.Index;

    public static bool operator >=(DuesMonth left, DuesMonth right) => left.Index >= right.Index;

    public override string ToString() => Key;
}
