using BranchBot.Core.Knowledge;
using BranchBot.Core.Knowledge.Entries;
using BranchBot.Core.Time;
using BranchBot.WebConsole.Html;

namespace BranchBot.WebConsole.Pages.Knowledge;

/// <summary>
/// The entries in use, filtered and paged: a search box, the documents with their counts (click one to see only it),
/// and a table showing for each entry its 依据 and where it comes from.
/// </summary>
internal static class EntryList
{
    public static void Write(
        HtmlWriter html, string csrfToken, IReadOnlyList<KnowledgeEntryView> all, IReadOnlyList<KnowledgeEntry> fileEntries, EntryListQuery query, BranchClock clock)
    {
        var stored = all.Count(e => e.Origin == KnowledgeEntryOrigin.Database);
        var overriding = all.Count(e => e.OverridesFileEntry);
        html.Open("section", ("id", "entries")).Element("h2", "问答库")
            .Element("p", $"共 {all.Count} 条在用：问答文件 {all.Count - stored} 条，支部问答库 {stored} 条（其中 {overriding} 条替代文件中的同名条目）。", ("class", "muted"))
            .Open("form", ("method", "get"), ("action", "/console/knowledge#entries"), ("class", "toolbar"), ("id", "entry-search"))
            .Open("input", ("type", "search"), ("name", "search"), ("value", query.Search), ("placeholder", "搜索问题、问法、答案或依据"), ("aria-label", "搜索问答"))
            .Open("input", ("type", "hidden"), ("name", "doc"), ("value", query.Document.Length > 0 ? query.Document : null))
            .Element("button", "搜索", ("type", "submit"))
            .Element("a", "添加问答", ("class", "button"), ("id", "add-entry"), ("href", "/console/knowledge/entry"))
            .Close("form");

        WriteDocuments(html, all, query);
        // The branch's own entries first, latest change first: they are the ones a secretary comes back to check.
        var matching = all.Where(query.Matches)
            .OrderBy(e => e.Origin == KnowledgeEntryOrigin.File)
            .ThenByDescending(e => e.UpdatedAt)
            .ToList();
        var pages = Math.Max(1, (matching.Count + EntryListQuery.PageSize - 1) / EntryListQuery.PageSize);
        var page = Math.Min(query.Page, pages);
        if (matching.Count == 0)
        {
            html.Element("p", query.Search.Length > 0 ? $"没有包含「{query.Search}」的问答。" : "没有问答。", ("class", "muted")).Close("section");
            return;
        }

        var fileNames = fileEntries.GroupBy(e => KnowledgeEntries.Key(e.Question), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().FileName, StringComparer.Ordinal);
        html.Open("table", ("id", "entry-table"))
            .Open("tr").Element("th", "问题").Element("th", "答案").Element("th", "依据").Element("th", "来源").Element("th", "操作").Close("tr");
        foreach (var entry in matching.Skip((page - 1) * EntryListQuery.PageSize).Take(EntryListQuery.PageSize))
        {
            WriteRow(html, csrfToken, entry, fileNames, clock);
        }

        html.Close("table");
        WritePager(html, query, page, pages, matching.Count);
        html.Close("section");
    }

    private static void WriteDocuments(HtmlWriter html, IReadOnlyList<KnowledgeEntryView> all, EntryListQuery query)
    {
        html.Open("p", ("class", "documents"), ("id", "entry-documents"))
            .Element("a", $"全部（{all.Count}）", ("href", query.Link(1, document: string.Empty)), ("class", query.Document.Length == 0 ? "current" : null));
        foreach (var group in all.GroupBy(e => e.FileName, StringComparer.Ordinal))
        {
            html.Element("a", $"{Path.GetFileNameWithoutExtension(group.Key)}（{group.Count()}）", ("href", query.Link(1, group.Key)),
                ("class", group.Key == query.Document ? "current" : null));
        }

        html.Close("p");
    }

    private static void WriteRow(HtmlWriter html, string csrfToken, KnowledgeEntryView entry, Dictionary<string, string> fileNames, BranchClock clock)
    {
        var edit = "/console/knowledge/entry?question=" + Uri.EscapeDataString(entry.Question);
        html.Open("tr", ("class", entry.Origin == KnowledgeEntryOrigin.Database ? "stored" : null))
            .Open("td").Element("strong", entry.Question);
        if (entry.AlternativeQuestions.Count > 0)
        {
            html.Element("div", "也问：" + string.Join("；", entry.AlternativeQuestions), ("class", "muted small"));
        }

        html.Close("td").Element("td", entry.Answer).Element("td", entry.Source).Open("td");
        if (entry.Origin == KnowledgeEntryOrigin.File)
        {
            html.Text(entry.FileName);
        }
        else
        {
            html.Text(StoredKnowledgeEntry.Origin);
            if (entry.OverridesFileEntry)
            {
                var file = fileNames.GetValueOrDefault(KnowledgeEntries.Key(entry.Question), "问答文件");
                html.Element("div", $"替代 {file} 中的同名条目", ("class", "overrides"));
            }

            if (entry.UpdatedAt is { } at)
            {
                html.Element("div", $"{entry.UpdatedBy} {ConsoleFormat.DateTime(at, clock.Zone)}", ("class", "muted small"));
            }
        }

        html.Close("td").Open("td", ("class", "actions")).Element("a", "修改", ("href", edit));
        if (entry.Origin == KnowledgeEntryOrigin.Database)
        {
            html.Open("form", ("method", "post"), ("action", "/console/knowledge/delete"), ("class", "inline"))
                .Csrf(csrfToken)
                .Open("input", ("type", "hidden"), ("name", "question"), ("value", entry.Question))
                .Element("button", entry.OverridesFileEntry ? "删除（恢复文件条目）" : "删除", ("type", "submit"), ("class", "secondary"))
                .Close("form");
        }

        html.Close("td").Close("tr");
    }

    private static void WritePager(HtmlWriter html, EntryListQuery query, int page, int pages, int count)
    {
        html.Open("div", ("class", "toolbar pager"), ("id", "entry-pager"));
        if (page > 1)
        {
            html.Element("a", "‹ 上一页", ("class", "button secondary"), ("href", query.Link(page - 1)));
        }

        html.Element("span", $"第 {page}/{pages} 页，共 {count} 条");
        if (page < pages)
        {
            html.Element("a", "下一页 ›", ("class", "button secondary"), ("href", query.Link(page + 1)));
        }

        html.Close("div");
    }
}
