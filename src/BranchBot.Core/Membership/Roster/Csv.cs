using System.Text;

namespace BranchBot.Core.Membership.Roster;

/// <summary>RFC 4180 CSV: quoted fields, doubled quotes, line breaks inside quotes; records keep their first line number.</summary>
public static class Csv
{
    public sealed record Record(int LineNumber, IReadOnlyList<string> Fields);

    public static IReadOnlyList<Record> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<Record>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var fieldStarted = false;

        void EndField()
        {
            fields.Add(field.ToString());
            field.Clear();
            fieldStarted = false;
        }

        void EndRecord()
        {
            EndField();
            if (!(fields.Count == 1 && fields[0].Trim().Length == 0))
            {
                records.Add(new Record(recordLine, [.. fields]));
            }

            fields.Clear();
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when !fieldStarted || field.ToString().Trim().Length == 0:
                    field.Clear();
                    inQuotes = true;
                    fieldStarted = true;
                    break;
                case ',':
                    EndField();
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRecord();
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    fieldStarted = true;
                    break;
            }
        }

        if (inQuotes)
        {
            throw new UnclosedQuoteException(recordLine);
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            EndRecord();
        }

        return records;
    }

    /// <summary>A quoted field that does not end before the file does.</summary>
    public sealed class UnclosedQuoteException(int line) : FormatException($"Line {line}: a quoted field is not closed.")
    {
        /// <summary>The line on which the record with the open quote began.</summary>
        public int Line { get; } = line;
    }

    /// <summary>A value as one exported cell: escaped, and kept text in a spreadsheet (<see cref="FormulaGuard"/>).</summary>
    public static string TextCell(string? value) => Escape(FormulaGuard.Protect(value));

    public static string Escape(string? value)
    {
        var text = value ?? string.Empty;
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 || text != text.Trim()
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }

    /// <summary>
    /// Decodes a file as UTF-8 (with or without BOM) and falls back to GB18030, which is what Excel on a Chinese
    /// Windows saves as "CSV".
    /// </summary>
    public static string Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var span = bytes.AsSpan();
        if (span.StartsWith(Encoding.UTF8.Preamble))
        {
            span = span[Encoding.UTF8.Preamble.Length..];
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(span);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(span);
        }
    }
}
