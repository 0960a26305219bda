namespace BranchBot.Core.Knowledge;

/// <summary>
/// What the search does with a question asking two things (<see cref="KnowledgeQuestionSplitter"/>); the benchmark
/// compares the settings on untouched rows, the product uses <see cref="KnowledgeIndex"/>'s default.
/// </summary>
[Flags]
internal enum KnowledgeTwoParts
{
    /// <summary>The question is searched as one.</summary>
    None = 0,

    /// <summary>Both parts find a sure entry, different ones, and the whole question's entry (if sure) is one of them: both are answered.</summary>
    BothWhenWholeAgrees = 1,

    /// <summary>Both parts find a sure entry, different ones: both are answered, whatever the whole question found.</summary>
    BothAlways = 2,

    /// <summary>The whole question is not answered and one part finds a sure entry: that part is answered, the other said to have no exact rule.</summary>
    OneWhenWholeDeclined = 4,

    /// <summary>With the others: a part counts as sure only when its entry holds every named term of that part and of the first part, which names what the line is about (<see cref="KnowledgeNamedTerms"/>).</summary>
    PartsHoldNamedTerms = 8,

    /// <summary>With <see cref="PartsHoldNamedTerms"/>: both parts found a sure entry and one lacks its named terms: the other part is answered alone.</summary>
    SureHalfWhenOtherLacksNamed = 16,

    /// <summary>
    /// The whole is answered with the entry the second part alone ranks first, while the first part alone is sure of
    /// another entry that the whole also ranks among its closest, the first part alone does not rank the whole's entry, and
    /// the first part asks something (a kind is read) rather than telling the member's situation (我…, 刚…): both are
    /// answered, the first part's first ("党小组会一般多久开 由谁主持" was answered with the 主持 entry only).
    /// </summary>
    FirstHalfWhenWholeAnswersSecond = 32,

    /// <summary>
    /// With <see cref="FirstHalfWhenWholeAnswersSecond"/>: the first part alone may rank the whole's entry too, when the
    /// second part, read with the first part's subject, is itself sure of the whole's entry ("政审查哪些 要查到亲属吗": the
    /// first half ranks the 亲属 entry second, the second half names no subject and alone is no rules question).
    /// </summary>
    FirstHalfWhenSecondSureWithSubject = 64,

    /// <summary>
    /// The whole is answered with the entry the second part alone ranks first, and the first part, which asks something
    /// (a kind is read) rather than telling the member's situation, is alone sure of another entry: both are answered, the
    /// first part's first, whatever else the whole or the first part ranks ("预备期是几年 能延期几次" was answered with the
    /// 延长 entry only; members put what they came to ask first and add a follow-up).
    /// </summary>
    FirstHalfWhenSureOfAnother = 128,

    /// <summary>
    /// As <see cref="FirstHalfWhenSureOfAnother"/>, but the first part is sure of nothing and does not rank the whole's
    /// entry among its closest: the whole answers only the follow-up, so it is not given as the answer ("没有找到确切规定",
    /// with the closest entries as suggestions).
    /// </summary>
    DeclineWhenWholeAnswersOnlySecond = 256,

    /// <summary>
    /// A question followed by a bare follow-up (<see cref="KnowledgeQuestionSplitter.BareFollowUp"/>: "警告影响期多久 撤职呢"),
    /// which the whole line, read as one, answers with the follow-up's case: when the question alone, asking something rather
    /// than telling the member's situation, is sure of another entry, that entry is answered first and the whole's second
    /// (when it holds what the follow-up names); the question's entry alone when the whole is not sure.
    /// </summary>
    FirstBeforeBareFollowUp = 512,
}
