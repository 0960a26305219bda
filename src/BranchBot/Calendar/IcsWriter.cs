using System.Text;

namespace BranchBot.Calendar;

/// <summary>Writes an iCalendar stream line by line: CRLF endings, folded lines, escaped text values.</summary>
public sealed class IcsWriter
{
    private readonly StringBuilder _output = new();

    public IcsWriter Begin(string component) => Line("BEGIN", component);

    public IcsWriter End(string component) => Line("END", component);

    /// <summary>A property whose value is already in its iCalendar form (dates, numbers, enumerations).</summary>
    public IcsWriter Line(string name, string value)
    {
        _output.Append(IcsFolding.Fold($"{name}:{value}")).Append(IcsFolding.LineBreak);
        return this;
    }

    /// <summary>A TEXT property; its value is escaped.</summary>
    public IcsWriter Text(string name, string? text) => Line(name, IcsText.Escape(text));

    public IcsWriter UtcTime(string name, DateTimeOffset instant) => Line(name, IcsValues.UtcDateTime(instant));

    public override string ToString() => _output.ToString();
}
