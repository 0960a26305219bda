using System.Globalization;
using System.Text;

namespace BranchBot.Core.Knowledge;

/// <summary>
/// Brings a question and the entries to one form before matching: half-width and lower case, no punctuation or
/// spaces, no filler words (请问, 一下, 吗, 呢 …), Arabic numerals, and synonyms in their canonical form.
/// </summary>
public static class KnowledgeTextNormalizer
{
    // Longest first; single particles only where they cannot be part of a content word.
    private static readonly string[] Fillers =
        ["我想问一下", "想问一下", "我想问", "请问一下", "请问", "问一下", "想知道", "我想了解", "了解一下", "一下", "麻烦", "谢谢",
         "啊", "呢", "吗", "吧", "呀", "嘛", "哈", "哦", "呗", "么"];

    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            var c = ToHalfWidth(raw);
            if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c))
            {
                continue;
            }

            builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
        }

        var withoutFillers = RemoveFillers(builder.ToString());
        return KnowledgeSynonyms.Apply(KnowledgeNumerals.ToArabic(withoutFillers));
    }

    private static char ToHalfWidth(char c) => c switch
    {
        '\u3000' => ' ',
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        _ => c,
    };

    private static string RemoveFillers(string text)
    {
        // 嘎哈 and 干哈 (north-eastern for 干啥) end in the particle 哈: read them before it is dropped.
        text = text.Replace("嘎哈", "干啥", StringComparison.Ordinal).Replace("干哈", "干啥", StringComparison.Ordinal);
        foreach (var filler in Fillers)
        {
            if (filler == "么")
            {
                // 么 is a particle only at the end ("能开么"); inside it belongs to 什么, 怎么, 多么.
                text = text.EndsWith('么') && !text.EndsWith("什么", StringComparison.Ordinal) && !text.EndsWith("怎么", StringComparison.Ordinal)
                    ? text[..^1]
                    : text;
                continue;
            }

            text = text.Replace(filler, "", StringComparison.Ordinal);
        }

        return text;
    }
}
