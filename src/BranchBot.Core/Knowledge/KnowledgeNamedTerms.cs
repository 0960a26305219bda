namespace BranchBot.Core.Knowledge;

/// <summary>
/// The meetings, bodies, roles, stages, documents, sanctions and standings of Party life a question can name (支委会, 党小组,
/// 预备党员, 介绍人, 志愿书, 留党察看, 除名, 党籍 …): the nouns of the user dictionary the benchmark segments with (benchmarks/BranchBot.KnowledgeBench/
/// party-words.txt), in the canonical form normalising gives them (<see cref="KnowledgeSynonyms"/>). A question naming
/// one is about that thing, so an entry that holds neither it nor a true synonym of it answers something else, however
/// well the rest matches: "支委会和党员大会是一回事吗" is not answered by the entry that says 支部大会 is the 党员大会.
/// Matched as substrings of normalised text, so a longer name holds a shorter one (党小组会 holds 党小组, 副书记 书记).
/// </summary>
internal static class KnowledgeNamedTerms
{
    /// <summary>Each family: a name and the words that mean the same thing in an entry (the first is the name).</summary>
    private static readonly string[][] Families =
    [
        ["党员大会"],
        ["支委会"],
        ["党小组"],
        ["党课"],
        ["主题党日"],
        ["组织生活会"],
        ["谈心谈话"],
        ["3会1课", "组织生活"],
        ["民主评议"],
        ["党总支", "总支"],
        ["党委"],
        ["纪委", "纪检机关", "纪律检查委员会"],
        ["书记"],
        ["组织委员", "支委"],
        ["宣传委员", "支委"],
        ["纪检委员", "支委"],
        ["党小组长", "党小组组长"],
        ["积极分子"],
        ["发展对象"],
        ["预备党员", "预备期"],
        ["转正"],
        ["介绍人"],
        ["培养联系人"],
        ["入党申请"],
        ["志愿书"],
        ["思想汇报"],
        ["介绍信"],
        ["政审", "政治审查"],
        ["流动党员"],
        ["党费"],

        // Sanctions and the other ways membership ends or is held back: a comparison ("开除党籍和除名有什么不同",
        // "撤销党内职务和留党察看哪个更重") names two of them, and an entry about only one answers half of it.
        ["撤销党内职务", "撤职"],
        ["留党察看"],
        ["开除党籍"],
        ["除名"],
        ["劝退"],
        ["停止党籍"],
        ["免职"],
        ["政务处分"],
        ["诫勉"],
        ["提醒谈话"],
        ["党员代表大会"],
        ["党籍"],
        ["党龄"],
        ["脱党"],
        ["拘留"],

        // Misconduct no entry rules on by name: an entry on another wrong (邪教, 赌博) does not answer it, however alike the
        // rest reads ("党员参加传销怎么处理" is not the 邪教 entry's question); sign-in is a form no entry is about.
        ["传销"],
        ["签到"],
        ["非法组织"],

        // Members no entry is about: helping a 后进党员 is neither 帮扶 of a 困难党员 nor the rectification of a 后进支部.
        ["后进党员"],
    ];

    /// <summary>
    /// The families the given entries' texts hold between them: a question naming a family outside it asks about something
    /// no entry is about, however well its other words match one.
    /// </summary>
    public static ulong HeldByAny(IEnumerable<ulong> held) => held.Aggregate(0UL, (all, entry) => all | entry);

    /// <summary>The families an entry's normalised text holds, by name or synonym, one bit each.</summary>
    public static ulong Held(string normalized) => Find(normalized, int.MaxValue);

    /// <summary>
    /// The families a normalised question names, by their names only (支委 names no 组织委员). A member's standing told in
    /// passing ("刚转正的新党员", "刚转正半年能当书记吗": a new full member) names no stage.
    /// </summary>
    public static ulong Named(string normalized) => Find(WithoutStanding(normalized), 1);

    private static readonly string[] Standings = ["刚转正", "已经转正", "转正不久"];

    private static string WithoutStanding(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        return Standings.Aggregate(normalized, (text, standing) => text.Replace(standing, "", StringComparison.Ordinal));
    }

    /// <summary>
    /// The families a normalised question names by their name or by a word only that family holds ("预备期多长" names
    /// 预备党员; "支委" is shared by three and names none): what a part of a two-part question is about.
    /// </summary>
    public static ulong Mentioned(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var mentioned = Named(normalized);
        for (var f = 0; f < Families.Length; f++)
        {
            if (Families[f].Skip(1).Any(word => UniqueWords.Contains(word) && normalized.Contains(word, StringComparison.Ordinal)))
            {
                mentioned |= 1UL << f;
            }
        }

        return mentioned;
    }

    /// <summary>
    /// The words of any family (names and synonyms) a normalised text holds, longest first and none inside another found:
    /// what a member's situation ("我是预备党员，…") or a first question says the line is about.
    /// </summary>
    public static IReadOnlyList<string> WordsIn(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var found = new List<string>();
        foreach (var word in AllWords)
        {
            if (normalized.Contains(word, StringComparison.Ordinal) && !found.Any(longer => longer.Contains(word, StringComparison.Ordinal)))
            {
                found.Add(word);
            }
        }

        return found;
    }

    private static readonly string[] AllWords = [.. Families.SelectMany(f => f).Distinct().OrderByDescending(w => w.Length)];

    private static readonly HashSet<string> UniqueWords = [.. Families.SelectMany(f => f).GroupBy(w => w).Where(g => g.Count() == 1).Select(g => g.Key)];

    private static ulong Find(string normalized, int words)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var held = 0UL;
        for (var f = 0; f < Families.Length; f++)
        {
            if (Families[f].Take(words).Any(word => normalized.Contains(word, StringComparison.Ordinal)))
            {
                held |= 1UL << f;
            }
        }

        return held;
    }
}
