using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace BranchBot.WebConsole.Html;

/// <summary>
/// Builds HTML with every piece of text and every attribute value encoded; tag and attribute names come from code
/// and are checked. Chinese stays readable in the output (the encoder allows all Unicode ranges).
/// </summary>
public sealed class HtmlWriter
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _html = new();

    public HtmlWriter Doctype()
    {
        _html.Append("<!DOCTYPE html>");
        return this;
    }

    /// <summary>Encoded text.</summary>
    public HtmlWriter Text(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            Encoder.Encode(new StringWriter(_html), text);
        }

        return this;
    }

    /// <summary>An opening tag; attributes with a null value are left out, an empty value writes a bare attribute.</summary>
    public HtmlWriter Open(string tag, params (string Name, string? Value)[] attributes)
    {
        _html.Append('<').Append(CheckName(tag));
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }

            _html.Append(' ').Append(CheckName(name));
            if (value.Length > 0)
            {
                _html.Append("=\"");
                Text(value);
                _html.Append('"');
            }
        }

        _html.Append('>');
        return this;
    }

    public HtmlWriter Close(string tag)
    {
        _html.Append("</").Append(CheckName(tag)).Append('>');
        return this;
    }

    /// <summary>An element holding encoded text.</summary>
    public HtmlWriter Element(string tag, string? text, params (string Name, string? Value)[] attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    /// <summary>Appends what another writer built (already safe).</summary>
    public HtmlWriter Append(HtmlWriter other)
    {
        ArgumentNullException.ThrowIfNull(other);
        _html.Append(other._html);
        return this;
    }

    /// <summary>A hidden CSRF field for a console form.</summary>
    public HtmlWriter Csrf(string token) => Open("input", ("type", "hidden"), ("name", Access.ConsoleSession.CsrfField), ("value", token));

    public override string ToString() => _html.ToString();

    private static string CheckName(string name) =>
        name.Length > 0 && name.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or ':')
            ? name
            : throw new ArgumentException($"'{name}' is not a tag or attribute name this writer accepts.", nameof(name));
}
