using JiebaNet.Segmenter;

namespace BranchBot.KnowledgeBench;

/// <summary>
/// jieba.NET word segmentation (accurate mode with HMM for unknown words) plus the Party-work user dictionary
/// party-words.txt, as term lists for BranchBot's index. Text arrives normalised (3会1课, 积极分子), so the dictionary
/// lists the normalised forms too. <see cref="WithCharacters"/> adds every character of a longer word as a term, so a
/// word the segmenter cut differently in question and entry still matches in part.
/// </summary>
internal sealed class JiebaTerms
{
    private readonly JiebaSegmenter _segmenter;

    private JiebaTerms(JiebaSegmenter segmenter, bool withCharacters)
    {
        _segmenter = segmenter;
        WithCharacters = withCharacters;
    }

    public bool WithCharacters { get; }

    /// <summary>Loads the dictionary and the user dictionary: this is the cost a server would pay at start-up.</summary>
    public static JiebaTerms Load(bool withCharacters)
    {
        ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "JiebaResources");
        var segmenter = new JiebaSegmenter();
        segmenter.LoadUserDict(Path.Combine(AppContext.BaseDirectory, "party-words.txt"));
        return new JiebaTerms(segmenter, withCharacters);
    }

    public IReadOnlyList<string> Terms(string normalized)
    {
        var terms = new List<string>();
        foreach (var word in _segmenter.Cut(normalized, cutAll: false, hmm: true))
        {
            if (word.Length == 0)
            {
                continue;
            }

            terms.Add(word);
            if (WithCharacters && word.Length > 1 && !char.IsAsciiLetterOrDigit(word[0]))
            {
                terms.AddRange(word.Select(c => c.ToString()));
            }
        }

        return terms;
    }
}
