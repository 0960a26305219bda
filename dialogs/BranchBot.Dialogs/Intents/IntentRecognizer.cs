using System.Text.RegularExpressions;
using BranchBot.Dialogs.Bot.Commands;
using BranchBot.Dialogs.Broadcasts;
using BranchBot.Dialogs.Intents.Examples;
using BranchBot.Dialogs.Knowledge;
using BranchBot.Dialogs.Meetings;

namespace BranchBot.Dialogs.Intents;

/// <summary>
/// Reads the command a free sentence asks for. A message that starts with a command keyword is that command (as the
/// catalogue reads it), with the slots its rule finds; otherwise every rule reads the sentence and the surest reading
/// wins. At or above <see cref="RunThreshold"/> the command is meant; from <see cref="AskThreshold"/> it is only
/// likely and the user is asked; below, the sentence is left to the other handlers (the knowledge base). A reading
/// that writes stays sure only when <see cref="WriteGuard"/> finds every slot certain and the sentence asking for it now,
/// and the example bank does not doubt it (<see cref="ExampleVeto"/>).
/// </summary>
public sealed partial class IntentRecognizer(CommandCatalog catalog, IEnumerable<IIntentRule> rules, IntentExampleBank examples)
{
    public const double RunThreshold = 0.8;
    public const double AskThreshold = 0.5;

    private const double Undecided = 0.6;

    private const string WithdrawLeave = "撤销请假";

    private readonly IIntentRule[] _rules = [.. rules];

    /// <summary>
    /// The readings at or above <see cref="AskThreshold"/>, surest first, one per command; a sure reading that writes is
    /// only likely when the example bank doubts it (<see cref="ExampleVeto"/>).
    /// </summary>
    public async Task<IReadOnlyList<IntentMatch>> RecognizeAsync(IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var readings = ExampleVeto.Review(await ReadByRulesAsync(input, cancellationToken), input.Clean, examples);
        // "给陈静约个谈心 不对 是老孙": a correction that could not be applied leaves what is asked unknown, whichever part of
        // the sentence a rule read.
        return SelfCorrection.LeftUnresolved(await NameCorrectedAsync(input, cancellationToken))
            ? [.. readings.Select(r => r is { Effect: not IntentEffect.Read, Confidence: >= RunThreshold } ? r with { Confidence = WriteGuard.InDoubt } : r)]
            : readings;
    }

    /// <summary>The rules' readings alone, before the example bank's veto (the leave-one-file-out measure reads these).</summary>
    public async Task<IReadOnlyList<IntentMatch>> ReadByRulesAsync(IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        // "收到 谢谢", "好的，收到": a receipt with thanks beside it asks for no command; the receipt handlers answer it
        // before the intent layer (confirming a broadcast waiting for 收到, or noting the meeting of the last notice).
        if (AcknowledgementWordsHandler.IsAcknowledgement(input.Clean))
        {
            return [];
        }

        var joined = catalog.JoinSplitKeywords(await NameCorrectedAsync(input, cancellationToken));
        input = joined == input.Clean ? input : input.WithText(joined);
        if (await TypedAsync(input, cancellationToken) is { } typed)
        {
            // "收到刘洋11月党费", "谈心记录：陈静，11月24日，聊了…": a keyword glued into a sentence, or followed by clauses,
            // that a rule reads for sure as another command is a word of that sentence, not the command typed.
            return await InsteadOfTypedAsync(input, typed.Command, cancellationToken) is { } read ? [read]
                : typed.Confidence < RunThreshold && await AskedInsteadAsync(input, typed, cancellationToken) is var asked && asked != typed ? [asked]
                : [typed with { Typed = true }];
        }

        if (await SplitAsync(input, cancellationToken) is { } first)
        {
            return [first];
        }

        var readings = await ReadWholeAsync(input, cancellationToken);
        if (readings is [{ Confidence: >= RunThreshold }, ..])
        {
            return readings;
        }

        var unspaced = SpaceBetweenChinese().Replace(input.Clean, string.Empty);
        return await ReadJoinedAsync(input, unspaced, cancellationToken) ?? await ReadShownAsync(input, unspaced, cancellationToken) ?? readings;
    }

    /// <summary>"给陈静约个谈心 哦不对是张丽华": a member's name said again after a correction replaces the name said first.</summary>
    private static async ValueTask<string> NameCorrectedAsync(IntentInput input, CancellationToken cancellationToken) =>
        !CorrectionWord().IsMatch(input.Clean)
            ? input.Clean
            : SelfCorrection.ResolveName(input.Clean, [.. await input.MemberNamesAsync(cancellationToken)]);

    [GeneratedRegex(@"不对|不是|错了|口误")]
    private static partial Regex CorrectionWord();

    /// <summary>
    /// "查下我的信息", "看看本月交党费的情况": words that only ask to be shown something open the request and are no part of
    /// it. When the line is not read for sure, what follows them is read, and a sure reading of a command that only shows
    /// something stands. Said last ("…谁还没交你给我列一下", "…你帮我翻出来"), they close it and are left out the same way.
    /// </summary>
    private async Task<IReadOnlyList<IntentMatch>?> ReadShownAsync(IntentInput input, string unspaced, CancellationToken cancellationToken)
    {
        var shown = ShowMeLast().Replace(ShowMe().Replace(unspaced, string.Empty), string.Empty);
        if (shown == unspaced || shown.Length < 2)
        {
            return null;
        }

        var readings = await ReadWholeAsync(input.WithText(shown), cancellationToken);
        return readings is [{ Confidence: >= RunThreshold, Effect: IntentEffect.Read }, ..] ? readings : null;
    }

    [GeneratedRegex(@"^(请|麻烦(你|您)?|帮我|帮忙|给我|我想|我要)*(看看|看下|看一下|查查|查下|查一下|查看)")]
    private static partial Regex ShowMe();

    [GeneratedRegex(@"(?<=[\u4e00-\u9fa5]{4})(你|请你|麻烦你?)?(就|再)?(帮我|给我|帮忙)(列|翻|调|找|拉|查|讲|说|念|报)(一下|下|出来|一遍|一眼|个单子|个清单|讲|说)*(看看|看一眼|瞧瞧)?(吧|呗|哈)?$")]
    private static partial Regex ShowMeLast();

    /// <summary>
    /// "删 刘 洋", "我的 假", "这周 会 有啥": on a phone words are often typed with spaces between them, which split a name
    /// or a phrase the rules read whole. When the sentence as typed is not read for sure, it is read once more with
    /// the spaces between Chinese characters taken out, and that reading stands when it is sure.
    /// </summary>
    private async Task<IReadOnlyList<IntentMatch>?> ReadJoinedAsync(IntentInput input, string unspaced, CancellationToken cancellationToken)
    {
        if (unspaced == input.Clean)
        {
            return null;
        }

        var readings = await ReadWholeAsync(input.WithText(unspaced), cancellationToken);
        return readings is [{ Confidence: >= RunThreshold }, ..] ? readings : null;
    }

    [GeneratedRegex(@"(?<=[\u4e00-\u9fa5])\s+(?=[\u4e00-\u9fa5])")]
    private static partial Regex SpaceBetweenChinese();

    /// <summary>
    /// For a message the catalogue would run as typed: the sure reading of the whole sentence as another command that
    /// writes, when the keyword is only a word of that sentence (<see cref="LooselyTyped"/>); null when the typed command
    /// stands. The bot asks this before running a typed command, so it does what the readings say.
    /// </summary>
    public async Task<IntentMatch?> SentenceInsteadOfTypedAsync(IntentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if ((catalog.Match(input.Text) ?? catalog.Match(input.Clean)) is not { } typed)
        {
            return null;
        }

        // "安排支委会下周二晚七点，顺便把周五那个取消": run as typed, the second request would become the first one's argument;
        // the intent layer asks about the typed command instead (its reading is only likely, see TypedAsync).
        if (TypedName(typed) is var name && name != KnowledgeTexts.AskCommand && (WriteGuard.AsksForASecondThing(input.Clean, name) || TalksAboutTyped(input.Clean, typed) || TakesBackLeave(input.Clean, name) || WriteGuard.TakesBackOrPutsRight(input.Clean, name) || CorrectedInPassing(input.Text, name))
            && await TypedAsync(input, cancellationToken) is { Confidence: < RunThreshold } asked)
        {
            return await AskedInsteadAsync(input, asked, cancellationToken);
        }

        return await InsteadOfTypedAsync(input, TypedName(typed), cancellationToken);
    }

    /// <summary>
    /// "请假不请了" talks about the typed 请假 and asks for 撤销请假: when the typed command is only asked about, another
    /// command the whole sentence is read as more surely (yet still only likely) is the one asked about instead.
    /// </summary>
    private async Task<IntentMatch> AskedInsteadAsync(IntentInput input, IntentMatch asked, CancellationToken cancellationToken) =>
        await ReadWholeAsync(input, cancellationToken) is [var other, ..]
        && other.Command != asked.Command && other.Confidence > asked.Confidence && other.Confidence < RunThreshold
            ? other
            : asked;

    /// <remarks>
    /// "匿名建议都拿来看看": a sure reading that only shows something stands too when it is a longer command whose name
    /// starts with the keyword typed (匿名建议列表, not the 匿名建议 that would send the words as a suggestion).
    /// </remarks>
    private async Task<IntentMatch?> InsteadOfTypedAsync(IntentInput input, string typed, CancellationToken cancellationToken) =>
        LooselyTyped(input.Clean, typed)
        && await ReadWholeAsync(input, cancellationToken) is [{ Confidence: >= RunThreshold } read, ..]
        && read.Command != typed
        && (read.Effect != IntentEffect.Read || read.Command.StartsWith(typed, StringComparison.Ordinal))
            ? read
            : null;

    /// <summary>One command serves both decisions on leave; the reading names the one typed.</summary>
    private static string TypedName(CommandMatch typed) =>
        typed.Command is ApproveLeaveCommand && typed.Keyword != ApproveLeaveCommand.ApproveKeyword
            ? ApproveLeaveCommand.DenyKeyword
            : typed.Command.Keywords[0];

    /// <summary>
    /// The keyword runs straight into the words after it ("收到刘洋11月党费"), or, for a command whose arguments no rule
    /// reads, the words after it go on over more than one clause ("谈心记录：陈静，11月24日，聊了…"); "广播：…，收到请回复"
    /// is the broadcast's own text.
    /// </summary>
    private bool LooselyTyped(string text, string command) =>
        catalog.Match(text) is { } match && match.Command.Keywords[0] == command && text.StartsWith(match.Keyword, StringComparison.OrdinalIgnoreCase)
        && ((text.Length > match.Keyword.Length && text[match.Keyword.Length] is not (' ' or ':' or '：'))
            || (!_rules.Any(r => r.Command == command && r.ReadsArguments) && (match.Arguments.Contains('，') || match.Arguments.Contains(','))));

    /// <summary>
    /// "党费台账我上个月已经对过了", "定期广播我上周停掉了一个": a keyword run straight into a sentence that tells of it (done
    /// before, someone else's, held back) names the command without asking for it, so it is asked, not run as typed.
    /// </summary>
    private static bool TalksAboutTyped(string text, CommandMatch typed) =>
        text.StartsWith(typed.Keyword, StringComparison.OrdinalIgnoreCase) && text.Length > typed.Keyword.Length
        && char.IsLetter(text[typed.Keyword.Length]) && !char.IsAsciiLetterOrDigit(text[typed.Keyword.Length])
        && RequestMood.TalksAbout(text, TypedName(typed));

    /// <summary>
    /// "安排个党课下周二下午三点哦改成四点": a typed command runs its words as typed, so a correction inside them (which the
    /// readings apply) would be run uncorrected; it is asked, and the button carries the corrected line. A command whose
    /// words are content (a broadcast's text, a talk's notes) keeps them as written.
    /// </summary>
    private bool CorrectedInPassing(string text, string command) =>
        _rules.Any(r => r.Command == command && r.ReadsArguments) && SelfCorrection.LeftUnresolved(text);

    /// <summary>"撤回我刚才的请假": the keyword typed is the verb of taking back leave (撤销请假), not the command it names.</summary>
    private static bool TakesBackLeave(string text, string typed) => typed != WithdrawLeave && LeaveWithdrawalWords.TakeBack(text);

    /// <summary>A message that starts with a command keyword is that command, as the catalogue reads it.</summary>
    private async Task<IntentMatch?> TypedAsync(IntentInput input, CancellationToken cancellationToken)
    {
        if ((catalog.Match(input.Text) ?? catalog.Match(input.Clean)) is { } typed)
        {
            var command = TypedName(typed);
            // "问 …" is the knowledge base's own command: it only answers, so it is never counted as one that writes.
            if (command == KnowledgeTexts.AskCommand)
            {
                return new IntentMatch(command, input.Clean, IntentEffect.Read, 1, new Dictionary<string, string>());
            }

            var rule = _rules.FirstOrDefault(r => r.Command == command);
            var read = rule is null ? null : await rule.ReadAsync(input, cancellationToken);
            var slots = await WithNamedMemberAsync(read?.Slots ?? new Dictionary<string, string>(), typed.Arguments, input, cancellationToken);
            var guessed = read?.Guessed ?? new HashSet<string>();

            // A typed command runs as typed; counted as one that writes, so a misread keyword is never called harmless.
            // Its reading is sure only when every slot it carries was read: "安排 支委会 2月30日 晚上7点" or "移除党员 王"
            // leave their command's dialog to ask, and the reading says so rather than claiming a date or a name.
            var doubted = guessed.Count > 0 || WriteGuard.AsksForASecondThing(input.Clean, command) || TalksAboutTyped(input.Clean, typed) || CorrectedInPassing(input.Text, command)
                || TakesBackLeave(input.Clean, command) || (read is not { Effect: IntentEffect.Read } && WriteGuard.TakesBackOrPutsRight(input.Clean, command));
            return new IntentMatch(command, input.Clean, IntentEffect.Previewed, doubted ? WriteGuard.InDoubt : 1, slots) { Guessed = guessed };
        }

        return null;
    }

    /// <summary>
    /// "党费基数 刘洋 8000", "收党费 刘洋 11月": a typed command whose first argument is a member of the roster is about
    /// that member, also for a command no rule reads (the command itself reads its arguments the same way).
    /// </summary>
    private static async Task<IReadOnlyDictionary<string, string>> WithNamedMemberAsync(IReadOnlyDictionary<string, string> slots, string arguments, IntentInput input, CancellationToken cancellationToken)
    {
        // The roster is read only when the first argument could be a name ("台账 2026" never touches the store).
        // "党费基数给张丽华改成五千": the member may follow 给/把/将/帮 run straight into the keyword.
        var named = MemberFirst().Match(arguments.TrimStart());
        if (!slots.ContainsKey(IntentSlots.Name) && named.Success && (await input.MemberNamesAsync(cancellationToken)).FirstOrDefault(n => named.Groups["rest"].Value.StartsWith(n, StringComparison.Ordinal)) is { } member)
        {
            return new Dictionary<string, string>(slots) { [IntentSlots.Name] = member };
        }

        if (slots.ContainsKey(IntentSlots.Name) || arguments.Split(' ', '，', ',', '：', ':')[0] is not { Length: >= 2 and <= 4 } first
            || !first.All(c => c is >= '\u4e00' and <= '\u9fa5') || !(await input.MemberNamesAsync(cancellationToken)).Contains(first))
        {
            return slots;
        }

        return new Dictionary<string, string>(slots) { [IntentSlots.Name] = first };
    }

    [GeneratedRegex(@"^(给|把|将|帮|替)(?<rest>[\u4e00-\u9fa5]{2,})")]
    private static partial Regex MemberFirst();

    /// <summary>
    /// "党员大会推迟一周 支委会取消", "签个到，再帮我看下党费": a message asking for two things is read as its first request,
    /// with the second kept as <see cref="IntentMatch.LeftOver"/> so the member is told it was not done. A cut counts only
    /// when the first part alone is sure and the second is a request of its own: another command read for sure, or
    /// after "还有"/"然后"/"再" at least likely, or after "顺便"/"另外"/"此外" whatever it says. The same command twice
    /// is one request said in two clauses ("党员大会我去不了，请个假") unless the two name different meetings or members.
    /// The parts are read by the rules, never as typed commands: a keyword at the start of a part is only a word in the sentence.
    /// </summary>
    private async Task<IntentMatch?> SplitAsync(IntentInput input, CancellationToken cancellationToken)
    {
        // "支委会取消，还是改期呢": a sender who has not decided asks for neither.
        if (IntentText.IsUndecided(input.Clean))
        {
            return null;
        }

        IReadOnlyList<IntentMatch>? whole = null;
        foreach (var cut in RequestSplit.Cuts(input.Clean))
        {
            if (await ReadWholeAsync(input.WithText(cut.First), cancellationToken) is not [{ Confidence: >= RunThreshold } first, ..])
            {
                continue;
            }

            // "下周三的党员大会我出差去不了，请个假": the second part's meeting is the one the first names, not the one last
            // shown to the member, or one request reads as two.
            var namesMeeting = first.Slots.ContainsKey(IntentSlots.Meeting) || first.Slots.ContainsKey(IntentSlots.Date);
            var seconds = await ReadWholeAsync(input.WithText(cut.Second, keepFocus: !namesMeeting), cancellationToken);
            var second = seconds.Count > 0 ? seconds[0] : null;
            var request = cut.MarkedByItself || second is { Confidence: var sure } && sure >= (cut.Marked ? AskThreshold : RunThreshold);

            // "党员大会 签到 谁没到": with no word marking a second request, a message read for sure as a whole as the
            // second part's command, which only shows something, is one question (签到情况 of that meeting), not a
            // check-in followed by a question.
            if (request && !cut.Marked && first.Effect != IntentEffect.Read && second is { Confidence: >= RunThreshold, Effect: IntentEffect.Read }
                && (whole ??= await ReadWholeAsync(input, cancellationToken)) is [{ Confidence: >= RunThreshold, Effect: IntentEffect.Read } one, ..] && one.Command == second.Command)
            {
                return null;
            }

            if (request && (second is null || !SameRequest(first, second)))
            {
                // "帮我请个假，顺便把支委会改到周六": beside a second change, a write that would take effect at once is
                // asked, not offered as sure; beside a question or something to show, it is offered as it would be alone.
                // The second is offered as a button beside the first when read for sure, and named as not done otherwise
                // (IntentFreeTextHandler): nothing from the second half runs from the sentence.
                var writesTwice = first.Effect == IntentEffect.Write && second is { Effect: not IntentEffect.Read };
                return first with
                {
                    Confidence = writesTwice ? WriteGuard.InDoubt : first.Confidence,
                    LeftOver = cut.Second,
                    Then = second is { Confidence: >= RunThreshold } ? second : null,
                };
            }
        }

        return null;
    }

    private static bool SameRequest(IntentMatch first, IntentMatch second) =>
        first.Command == second.Command
        && !new[] { IntentSlots.Meeting, IntentSlots.Date, IntentSlots.Name }.Any(slot =>
            first.Slots.TryGetValue(slot, out var one) && second.Slots.TryGetValue(slot, out var other) && one != other);

    /// <summary>The readings of the sentence as one request.</summary>
    private async Task<IReadOnlyList<IntentMatch>> ReadWholeAsync(IntentInput input, CancellationToken cancellationToken)
    {
        // "签到还是请假我还没想好": whatever the rules read, the sender has not decided, so it is only asked.
        var undecided = IntentText.IsUndecided(input.Clean);
        var readings = new List<IntentMatch>();
        // "咋签到", "签到码在哪看", "取消会议是啥意思": how a command works is asked of the knowledge base, which answers it or
        // names the command; a reading that is only likely is no reason to ask back instead.
        var howTo = HowTo().IsMatch(input.Clean);
        foreach (var rule in _rules.Where(r => !r.IsFallback))
        {
            if (await rule.ReadAsync(input, cancellationToken) is { Confidence: >= AskThreshold } reading)
            {
                var reviewed = await WriteGuard.ReviewAsync(reading, input, cancellationToken);
                if ((howTo && reviewed.Confidence < RunThreshold) || (reviewed.Effect == IntentEffect.Read && AboutTheCommand().IsMatch(input.Clean)))
                {
                    continue;
                }

                readings.Add(undecided && reviewed.Confidence >= RunThreshold ? reviewed with { Confidence = Undecided } : reviewed);
            }
        }

        foreach (var rule in _rules.Where(r => r.IsFallback && readings.Count == 0))
        {
            if (await rule.ReadAsync(input, cancellationToken) is { Confidence: >= AskThreshold } reading)
            {
                readings.Add(reading);
            }
        }

        return [.. readings.OrderByDescending(match => match.Confidence).DistinctBy(match => match.Command)];
    }

    /// <summary>
    /// "签到情况谁能看到", "广播记录会删吗", "台账是干嘛用的", "缺席是怎么算的", "出勤率低会扣分吗": a question about what a
    /// command shows (who sees it, whether it is kept, how it counts, what follows from it) asks for nothing to be shown;
    /// the knowledge base answers it or names the command.
    /// </summary>
    [GeneratedRegex(@"谁(能|可以|会)(看|查)|(能|会)被?(看到|看得到)|会(被)?(删|查|丢|公开|泄露|保留)|(保存|保留)(多久|几年|多长时间)|泄露|是(干嘛|干啥|做什么)用|有(什么|啥)用|(怎么|如何)(算|计算|统计)的|会(不会)?(扣分|影响|处分)")]
    private static partial Regex AboutTheCommand();

    [GeneratedRegex(@"咋(?!样)|怎么(弄|用|办|整|签|请|交|看|操作|算|改)|(啥|什么)意思|在哪(里|儿)?(看|查|找|弄)|会(咋|怎么?)样|要写(啥|什么)")]
    private static partial Regex HowTo();
}
