using BranchBot.Core.Knowledge;
using BranchBot.Core.Knowledge.Entries;
using BranchBot.WebConsole.Html;

namespace BranchBot.WebConsole.Pages.Knowledge;

/// <summary>The add / edit form of a knowledge entry, with the problem of a refused attempt right above the fields.</summary>
internal static class EntryForm
{
    public static void Write(HtmlWriter html, string csrfToken, EntryFormValues values, KnowledgeEntryView? editing, string? problem)
    {
        html.Element("h2", editing is null ? "添加问答" : "修改问答");
        if (editing is { Origin: KnowledgeEntryOrigin.File })
        {
            html.Element("p", $"这条问答来自问答文件（{editing.FileName}）。保存后，支部问答库里的版本替代文件中的这一条；以后删除它，文件中的原文重新生效。", ("class", "muted"));
        }
        else if (editing is { OverridesFileEntry: true })
        {
            html.Element("p", "这条问答替代了问答文件中的同名条目。", ("class", "muted"));
        }

        html.Open("form", ("method", "post"), ("action", "/console/knowledge/save"), ("id", "entry-form"), ("class", "stacked"))
            .Csrf(csrfToken)
            .Open("input", ("type", "hidden"), ("name", "original"), ("value", values.Original));
        if (problem is not null)
        {
            html.Element("p", problem, ("class", "problem"), ("id", "entry-problem"));
        }

        html.Open("label").Text($"问题（不超过{KnowledgeEntryRules.MaxQuestionLength}字）")
            .Open("input", ("type", "text"), ("name", "question"), ("id", "entry-question"), ("value", values.Question), ("required", string.Empty),
                ("readonly", editing is { Origin: KnowledgeEntryOrigin.File } ? string.Empty : null))
            .Close("label")
            .Open("label").Text($"其他问法（每行一个，可不填，最多{KnowledgeEntryRules.MaxAlternatives}个）")
            .Element("textarea", values.Alternatives, ("name", "alternatives"), ("id", "entry-alternatives"), ("class", "short"))
            .Close("label")
            .Open("label").Text($"答案（不超过{KnowledgeEntry.MaxAnswerLength}字）")
            .Element("textarea", values.Answer, ("name", "answer"), ("id", "entry-answer"), ("class", "short"), ("required", string.Empty))
            .Close("label")
            .Open("label").Text("依据（文件和条款；没有明确条款的写「" + KnowledgeEntryRules.BranchAnswerSource + "」）")
            .Open("input", ("type", "text"), ("name", "source"), ("id", "entry-source"), ("value", values.Source), ("required", string.Empty),
                ("placeholder", "《中国共产党支部工作条例（试行）》第十五条"))
            .Close("label")
            .Open("div", ("class", "toolbar"))
            .Element("button", "保存", ("type", "submit"))
            .Element("a", "返回知识库", ("class", "button secondary"), ("href", "/console/knowledge"))
            .Close("div")
            .Close("form");
    }
}
