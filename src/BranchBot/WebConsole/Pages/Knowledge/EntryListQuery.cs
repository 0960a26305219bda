using System.Globalization;
using BranchBot.Core.Knowledge.Entries;

namespace BranchBot.WebConsole.Pages.Knowledge;

/// <summary>The list's filter from the query string: text to look for, one document, and the page number.</summary>
public sealed record EntryListQuery(string Search, string Document, int Page)
{
    public const int PageSize = 20;

    public static EntryListQuery Read(ConsoleRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var page = int.TryParse(request.Query("page"), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : 1;
        return new((request.Query("search") ?? string.Empty).Trim(), (request.Query("doc") ?? string.Empty).Trim(), page);
    }

    /// <summary>Plain contains over question, other phrasings, answer and 依据 (case-insensitive for Latin letters).</summary>
    public bool Matches(KnowledgeEntryView entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (Document.Length > 0 && entry.FileName != Document)
        {
            return false;
        }

        return Search.Length == 0
            || Contains(entry.Question) || Contains(entry.Answer) || Contains(entry.Source) || entry.AlternativeQuestions.Any(Contains);
    }

    public string Link(int page, string? document = null)
    {
        var parts = new List<string>();
        if (Search.Length > 0)
        {
            parts.Add("search=" + Uri.EscapeDataString(Search));
        }

        if ((document ?? Document) is { Length: > 0 } doc)
        {
            parts.Add("doc=" + Uri.EscapeDataString(doc));
        }

        if (page > 1)
        {
            parts.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
        }

        return "/console/knowledge" + (parts.Count == 0 ? string.Empty : "?" + string.Join('&', parts)) + "#entries";
    }

    private bool Contains(string text) => text.Contains(Search, StringComparison.OrdinalIgnoreCase);
}
