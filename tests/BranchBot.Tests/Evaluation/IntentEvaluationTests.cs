using BranchBot.Dialogs.Bot;
using BranchBot.Dialogs.Broadcasts;
using BranchBot.Dialogs.Engine.Prompts;
using BranchBot.Dialogs.Intents;
using BranchBot.Tests.Intents;
using BranchBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace BranchBot.Tests.Evaluation;

/// <summary>
/// Natural utterances read by the bot's own intent layer, prompts and command catalogue over a real branch in memory
/// (IntentBranch: Wednesday 2026-11-25 10:00, the 书记 speaking), judged per file and category. intents.tsv was
/// written with the rules; tester-intents.tsv and tester-intents-2.tsv by independent testers (tuning files since
/// 2026-12-03) must be read right at least 95% of the time, tester-intents-3.tsv (a fifth tester) at its floor, all
/// with no silent write (a command that writes read where the line meant another
/// command or a question back), and their misses are printed. heldout-intents.tsv, when present, is written by another
/// tester and never read while tuning: only its figures are printed, never its lines. oversight-intents.tsv (tuning)
/// and heldout-oversight-intents.tsv (held out) are the 党委 oversight commands as a 组织委员 types them.
/// </summary>
public class IntentEvaluationTests(ITestOutputHelper output)
{
    private const string Ask = "ASK";
    private const string None = "NONE";
    private const string Unclear = "unclear";

    private static readonly IReadOnlyList<Choice> TimingChoices =
        [Choice.Of(BroadcastTexts.Now, BroadcastTexts.NowSynonyms), Choice.Of(BroadcastTexts.Later, BroadcastTexts.LaterSynonyms), Choice.Of(BroadcastTexts.Cancel, [.. BotTexts.CancelWords])];

    private const double Target = 0.95;

    // tester-intents-3.tsv (a fifth tester, a tuning file since 2026-12-03) is asserted at what the round reached
    // (198/208, the target; its first run was 138/208); docs/benchmarks.md.
    // Raised to 0.96 after the int4 round (201/208).
    private const double FifthTesterRightFloor = 0.96;

    // tester-intents-4.tsv (a seventh tester, 2026-12-04, a tuning file): first run 205/273 right, 36 "silent writes";
    // 220/273 and 27 after the leave-decision and 添加党员 round (docs/benchmarks.md). Held at that until its round is
    // finished: 14 of the 27 are typed commands, which the judge counts as writes though their own dialogs ask or preview.
    // 230/273 and 28 after the second round: "帮我通知第一党小组的同志明晚开会" now reaches 广播 (was 我的通知), whose
    // dialog asks the audience; the judge counts the 党小组 the reading does not carry as a silent write.
    // 2026-12-05, the slot round (typed commands carry their form's slots and are only likely where their dialog asks;
    // 请假 reasons, 党小组, open weekdays, 控制台, 帮助 and 待答问题 read, a proposed 取消 asked): 265/273 and 1 (was 231/273 and 28);
    // two reason expectations follow one rule. The held-out files: 165/205 and 5 (was 164 and 6), the others unchanged.
    private const double SeventhTesterRightFloor = 0.97;

    private const int SeventhTesterSilentWritesCeiling = 1;

    // tester-intents-5.tsv (helper-i, 2026-12-05, a tuning file written from README and issue 13 before reading the
    // code, 75 of its 231 lines near-misses that must not write): first run 174/231 right, 8 silent writes; held there
    // until its round ends. After the round (支部会 read as the branch's meeting, hearsay, negated and past writes,
    // where-questions, dues and notice phrasings, a move to "下周" asked as a time): 203/231 and 0 silent writes
    // (docs/benchmarks.md). Raised to 0.885 after the round on tester-intents-7.tsv (205/231, 0).
    private const double EighthTesterRightFloor = 0.885;

    private const int EighthTesterSilentWritesCeiling = 0;

    // tester-intents-6.tsv (helper-k, 2026-12-05, a tuning file in styles the earlier files lack: voice input, terse 书记
    // lines, corrections, two requests in one message, 87 near-misses; written before reading the code): first run
    // (e88b42e + the file) 156/235 right, 15 silent writes. After its round (voice-input 同音字, 3pm, a meeting said
    // by its day, hearsay by a member's name, decisions held back, complaints): 187/235 and 0 (docs/benchmarks.md).
    // Raised to 0.815 after the round on tester-intents-7.tsv (192/235, 0).
    private const double NinthTesterRightFloor = 0.815;

    private const int NinthTesterSilentWritesCeiling = 0;

    // tester-intents-7.tsv (helper-m, 2026-12-05, a tuning file in the styles the earlier files have least of: terse
    // verbless 书记 lines, terse changes, two requests in one message, dialect, homophones, Chinese numerals, 81
    // near-misses; written before reading the code): first run (49ff284 + the file) 142/246 right, 19 silent writes (with
    // its final labels; docs/benchmarks.md). After its round (two requests in one message, a weekday's numeral before
    // the hour, terse changes, a kind naming its one meeting's day, near-misses with ?, 的话, 算了, 咋): 201/246 and 0.
    private const double TenthTesterRightFloor = 0.815;

    private const int TenthTesterSilentWritesCeiling = 0;

    // tester-intents-8.tsv (helper-o, 2026-12-05, a tuning file in the styles the earlier files have least of: scrambled
    // order, requests wrapped in politeness, reports of the past or future, quoted and forwarded text, ranges and units,
    // letters and digits, commands for someone else, questions about a command, 收/交党费 in words; 77 near-misses;
    // written before reading the code): first run (ec1d3ac + the file) 137/232 right, 11 silent writes; 155/232 and 9 with
    // the labels its header records (two fixed, 18 questions about a command NONE by the convention in docs/benchmarks.md).
    // After its round (a day after the time, a value before the verb, a greeting before the request, 收党费/交党费 in
    // words, reports, promises, quoted words and negations asked, a keyword glued into another request): 217/232 and 0.
    private const double EleventhTesterRightFloor = 0.93;

    private const int EleventhTesterSilentWritesCeiling = 0;

    // tester-intents-9.tsv (helper-q, 2026-12-06, a tuning file in the styles chosen to provoke silent writes: fragments,
    // negated or withdrawn requests, corrections, two requests in one line, conditionals, homophones of command words,
    // pinyin and English, sticker text, hearsay, 收/交党费 in words; 94 near-misses; written before reading the code):
    // first run (655aaf1 + the file) 164/242 right, 14 silent writes (13 with the two labels its header records). After its
    // round (stickers, pinyin, 同音字, requests put off, held back, vented or relayed, announced corrections, bare verbs, a
    // typed command beside a second request, how-to questions left to the knowledge base): 228/242 and 0.
    private const double TwelfthTesterRightFloor = 0.95;

    private const int TwelfthTesterSilentWritesCeiling = 0;

    // tester-intents-10.tsv (helper-s, 2026-12-06, a tuning file: a command sweep, every everyday command typed 4-10 ways
    // with its slots in different orders and formats and 2-3 near-misses each; written before reading the code): first run
    // (8234d98 + the file) 236/313 right, 18 silent writes (237/313 and 17 with the one label its header records). After its
    // round (command names typed in two parts, questions about what a command shows, keywords glued to a question, spaces
    // between words, words that only ask to be shown, a member's wish, a bare 删 and a name, a typed command's member, a room
    // in a 补录 line, one's own dues and 谈心 in loose words): 270/313 and 2.
    // After the round on tester-intents-11.tsv: 281/313 and 1 (the typed "修改会议 支委会 12.4 19:30" reads its new day and
    // time; "约个谈心" is left as it is).
    private const double ThirteenthTesterRightFloor = 0.89;

    private const int ThirteenthTesterSilentWritesCeiling = 1;

    // tester-intents-11.tsv (helper-u, 2026-12-06, a tuning file: voice input, terse 书记 lines with a name, the rarer commands in
    // loose words with 2 near-misses each; written before reading the code): first run (be2f147 + the file) 153/277 right, 8
    // silent writes (152/277 and 8 with the one label its header records). After its round (voice fillers, 同音字, the rarer
    // commands' phrasings, a typed keyword run into a report, a command name split around its argument, terse lines with a
    // name first): 251/277 and 0.
    private const double FourteenthTesterRightFloor = 0.925;

    private const int FourteenthTesterSilentWritesCeiling = 0;

    // tester-intents-12.tsv (helper-ae, 2026-12-06, a tuning file: follow-ups leaning on the previous turn, feelings mixed with
    // requests, typos/emoji/voice run-ons, the 书记's overviews in words; written before any code change for it): first run
    // (b3b31d7 + the file) 136/206 right, 3 silent writes (the same with the one label its header records). After its round
    // (an exclamation of feeling before a request is no place or reason, 因为 is no role verb, a wish to talk that tells a
    // worry is 谈心): 141/206 and 0. Raised to 0.84 after helper-ag's round (typos of the bot's words, overviews in words, a
    // room said with its reason, emoji at the end): 174/206 and 0.
    private const double FifteenthTesterRightFloor = 0.88;

    private const int FifteenthTesterSilentWritesCeiling = 0;

    // tester-intents-13.tsv (helper-ak, 2026-12-06, a tuning file written fresh before reading the code): first run before
    // any of its lines were read (helper-aj's branch with the live-server fixes of a1c730d, before the file's own round)
    // 155/240 right, 9 silent writes. After its round (a talk wish asking for a time, 别撤, 转告, typos and 俺/瞅, attendance follow-ups): 166/240 and 4.
    // helper-am, 2026-12-07 (a correction inside the message, a 党小组 before its place, a group as where a role is held,
    // 之委会/只为会): 173/240 and 0; 176/240 and 0 with 咋整/弄到 and the corrections of a day.
    // helper-aq, 2026-12-07 (overviews asked in words): 197/240 and 0.
    private const double SixteenthTesterRightFloor = 0.86;

    private const int SixteenthTesterSilentWritesCeiling = 0;

    // tester-intents-14.tsv (helper-an, 2026-12-07, a tuning file written fresh before reading the code): first run before
    // any of its lines were read (helper-am's branch with its tester-intents-13 fixes in) 138/230 right, 5 silent writes.
    // After its first causes (还是/呗 around a place, pinyin 情况, a corrected day): 143/230 and 2.
    // helper-aq, 2026-12-07 (a receipt with thanks, a room in a 补录 sentence, overviews asked in words): 170/230 and 0.
    // helper-at, 2026-12-07 (run-ons glued by 然后, the committee told after a change): 175/230 and 0.
    private const double SeventeenthTesterRightFloor = 0.785;

    private const int SeventeenthTesterSilentWritesCeiling = 0;

    // tester-intents-15.tsv (helper-ao, 2026-12-07, a tuning file written fresh before reading the code): first run before
    // any of its lines were read (helper-aq's branch = main 91219e6 with nothing changed) 133/227 right, 3 silent writes.
    // After its round (撤回 as the verb of taking back leave, a group's words passed on, a transfer told as done, the hour
    // and room of a 补录 sentence, overviews asked in words): 161/227 and 0.
    // helper-at, 2026-12-07 (会 typos, pinyin words, 邀情码/近度 slips): 168/227 and 0.
    private const double EighteenthTesterRightFloor = 0.80;

    private const int EighteenthTesterSilentWritesCeiling = 0;

    // tester-intents-16.tsv (helper-ar, 2026-12-07, a tuning file written fresh before reading the code): first run before
    // any of its lines were read (helper-at's branch = main 96bfbde with nothing changed): 137/230 right, 7 silent writes.
    // After its round (会 typos and pinyin words, run-ons glued by 然后, a receipt with a particle, a group only mentioned,
    // a suggestion taken back, what the 支委们 talked over, a 谈心 to be written down): 150/230 and 1 (a correction
    // "大会是两点半不是三点半" labelled ASK, read as 修改会议 that is previewed and confirmed). The lead's review: the
    // 党员大会 is at 14:30 already, so that correction changes nothing and is no 修改会议 (0 silent writes).
    // helper-aw, 2026-12-07 (a room run on into the agenda, 支委们碰一下, typos, counts of what happened): 158/230 and 0.
    // helper-az, 2026-12-07 (overviews and own dues asked in words, a 党小组 or name put right, IME slips): 165/230 and 0.
    private const double NineteenthTesterRightFloor = 0.775;

    private const int NineteenthTesterSilentWritesCeiling = 0;

    // tester-intents-17.tsv (2026-12-07, a tuning file written fresh by someone who read no code): first run before any of
    // its lines were read (helper-aw's branch = main 1d75def with nothing changed): 143/230 right, 8 silent writes.
    // After helper-aw's round (a room run on into the agenda, 支委们碰一下, a kind named as the agenda, a request taken back
    // or done wrongly, counts of what happened, typos): 156/230 and 2. Both are labels that disagree with earlier files:
    // "您好 我想跟书记约个时间谈谈心" (约谈心 to the 书记 elsewhere, an offered button) and "给大伙整个通知 礼拜五支委会改七点半了"
    // (修改会议 previews the change and tells the meeting's audience itself).
    // helper-az, 2026-12-07 (overviews and own dues asked in words, a 党小组 or name put right, IME slips): 166/230 and 2.
    private const double TwentiethTesterRightFloor = 0.76;

    private const int TwentiethTesterSilentWritesCeiling = 2;

    // tester-intents-18.tsv (helper-ax, 2026-12-07, a tuning file written fresh by someone who read no code): first run before
    // any of its lines were read (helper-az's branch = main 2de9fc1 with nothing changed): 141/230 right, 3 silent writes.
    // After helper-az's round (a 党小组 or name put right after 说错了/不对, a correction that cannot be applied asked, one's
    // own act said to be done already, own record and dues and the branch's dues asked in words, IME slips): 157/230 and 0.
    // helper-bc, 2026-12-07 (the tester-intents-19 round): 165/230 and 0.
    private const double TwentyFirstTesterRightFloor = 0.755;

    private const int TwentyFirstTesterSilentWritesCeiling = 0;

    // tester-intents-19.tsv (helper-ba, 2026-12-07, a tuning file written fresh by someone who read no code): first run before
    // any of its lines were read (helper-bc's branch = main 829d917 with nothing changed): 148/230 right, 4 silent writes.
    // After helper-bc's round (what a change says stays or why, a delay by a span, the 书记 addressed is no role, a leave
    // decided in a word, 约X<day>谈谈, 小X说 passed on): 158/230 and 1. The one is a label that disagrees with the earlier
    // files: "请问书记我想跟您谈谈心您哪天有空" asks the 书记 for a time, which tester-intents-14/-16 label 约谈心 (an offered button).
    private const double TwentySecondTesterRightFloor = 0.74;

    private const int TwentySecondTesterSilentWritesCeiling = 1;

    // tester-intents-20.tsv (helper-bd, 2026-12-07, a tuning file written fresh by someone who read no code): first run before
    // any of its lines were read (helper-bf's branch = main f519552 with nothing changed): 151/230 right, 5 silent writes.
    // After helper-bf's round (a correction run straight on in voice input, one's own words before 在 no place, the level
    // above's words passed on, a check-in or meetings held asked to be shown, the branch's dues not one's own, a talk told
    // then asked to be recorded, 撤回 of a notice written wrongly, Cantonese yes/no): 174/230 and 0.
    private const double TwentyThirdTesterRightFloor = 0.795;

    private const int TwentyThirdTesterSilentWritesCeiling = 0;

    // tester-intents-21.tsv (helper-bg, 2026-12-07/08, a tuning file written fresh by someone who read no code): first run before
    // any of its lines were read (helper-bi's branch = main 477b34a with nothing changed): 153/230 right, 1 silent write.
    // After helper-bi's round (a floor after a place's noun, voice run-ons: a cancel run on into why, a request to the bot
    // after a member's words, plain leave with a long reason, a member saying who they are; something just said put right
    // or a decision following it asked about; a refusal said twice or put off): 170/230 and 0. On merged main after the
    // 2026-12-08 02:36 session: 176/230 and 0.
    private const double TwentyFourthTesterRightFloor = 0.765;

    private const int TwentyFourthTesterSilentWritesCeiling = 0;

    // tester-intents-22.tsv (helper-bj, 2026-12-08, a tuning file written fresh by someone who read no code): first run before
    // any of its lines were read (helper-bl's branch = main 36ea79e with nothing changed): 153/230 right, 7 silent writes. After helper-bl's round (a place said before the 党小组 that meets
    // there, a new time after a new room asked, a request taken back with 不用了, what a 组长 or the 街道 said passed on,
    // Cantonese and 当费 around one's own dues, overviews asked in plain words, a refusal opened by 这可/这回): 169/230 and 2.
    // The two are 谈心 read for a 约谈心 (the talk rules, the lead's part this round). After the lead's "…你帮我约一下" is
    // no 谈心: 169/230 and 1 (the one left names a member, then corrects the name with 等等是, and is still read as 谈心).
    private const double TwentyFifthTesterRightFloor = 0.73;

    private const int TwentyFifthTesterSilentWritesCeiling = 1;

    // Floors for the held-out file (first measured 2026-12-03 at 127/205 right, 11 silent writes; raised to 157/205
    // and 8 after the prompt readers and the round on tester-intents-2.tsv; docs/benchmarks.md) so a later change
    // cannot make it worse. Not the target (95%, 0 silent writes).
    // Raised to 162/205 and 6 after the write guard and the round on tester-intents-3.tsv.
    // Floors for the third held-out file, from its measurement after the write-guard round (124/154, 5 silent writes).
    // Raised to 0.805 after the int4 round (124/154, 5 silent writes: unchanged).
    private const double ThirdHeldOutRightFloor = 0.805;

    private const int ThirdHeldOutSilentWritesCeiling = 5;

    // The fourth held-out file (helper-h4, 2026-12-06) measured 151/176, 4 silent writes on main before the round
    // (e8dc7ab) and after it (d70b94c).
    private const double FourthHeldOutRightFloor = 0.85;

    private const int FourthHeldOutSilentWritesCeiling = 4;

    // The fifth held-out file (helper-ah, 2026-12-06), first measured on main before the session's rounds were merged
    // (afdb111): 164/211, 3 silent writes; after them (1b92caa) 166/211, 3 silent writes.
    private const double FifthHeldOutRightFloor = 0.78;

    private const int FifthHeldOutSilentWritesCeiling = 3;

    // Raised to 0.795 after the int4 round (163/205, 6 silent writes).
    // Raised to 0.80 and 5 after the slot round of 2026-12-05 (165/205, 5 silent writes).
    // Raised to 0.81 after the round on tester-intents-5.tsv (167/205, 5 silent writes).
    private const double HeldOutRightFloor = 0.81;

    private const int HeldOutSilentWritesCeiling = 5;

    // Floors for the second held-out file, set from its measurement after the round of 2026-12-03 (docs/benchmarks.md).
    // Raised to 142/174 and 3 after the write guard and the round on tester-intents-3.tsv.
    // Raised to 0.82 after the int4 round (143/174, 3 silent writes).
    // Raised to 0.835 after the round on tester-intents-5.tsv (146/174, 3 silent writes).
    private const double SecondHeldOutRightFloor = 0.835;

    private const int SecondHeldOutSilentWritesCeiling = 3;

    // The held-out oversight file's floor, from its measurements on 2026-12-04: 6/12 right before the oversight round
    // (待答问题 全部 did not exist), 12/12 after it, 0 silent writes both times.
    private const double HeldOutOversightRightFloor = 1.0;

    [Fact]
    public async Task Utterances_written_with_the_rules_reach_the_right_command_and_never_write_silently()
    {
        var results = await JudgeAsync("intents.tsv", showMisses: true);

        Assert.NotNull(results);
        Assert.True(results!.Count >= 300, $"intents.tsv has {results.Count} lines; at least 300 are expected.");
        AssertTarget("intents.tsv", results);
    }

    [Fact]
    public async Task The_testers_utterances_reach_the_right_command_and_never_write_silently()
    {
        var results = await JudgeAsync("tester-intents.tsv", showMisses: true);

        Assert.NotNull(results);
        AssertTarget("tester-intents.tsv", results!);
    }

    [Fact]
    public async Task The_third_testers_utterances_reach_the_right_command_and_never_write_silently()
    {
        var results = await JudgeAsync("tester-intents-2.tsv", showMisses: true);

        Assert.NotNull(results);
        AssertTarget("tester-intents-2.tsv", results!);
    }

    [Fact]
    public async Task The_fifth_testers_utterances_reach_the_right_command_and_never_write_silently()
    {
        var results = await JudgeAsync("tester-intents-3.tsv", showMisses: true);

        Assert.NotNull(results);
        Assert.Equal(0, results!.Count(r => r.SilentWrite));
        var right = results.Count(r => r.Right);
        Assert.True(right >= results.Count * FifthTesterRightFloor, $"tester-intents-3.tsv: {right}/{results.Count} right, below the floor {FifthTesterRightFloor:P0}");
    }

    [Fact]
    public async Task The_seventh_testers_utterances_reach_the_right_command_no_worse_than_their_round_left_them()
    {
        var results = await JudgeAsync("tester-intents-4.tsv", showMisses: true);

        Assert.NotNull(results);
        Assert.True(results!.Count(r => r.SilentWrite) <= SeventhTesterSilentWritesCeiling, "tester-intents-4.tsv: more silent writes than its ceiling");
        var right = results.Count(r => r.Right);
        Assert.True(right >= results.Count * SeventhTesterRightFloor, $"tester-intents-4.tsv: {right}/{results.Count} right, below the floor {SeventhTesterRightFloor:P0}");
    }

    [Fact]
    public async Task The_eighth_testers_utterances_reach_the_right_command_no_worse_than_their_round_left_them()
    {
        var results = await JudgeAsync("tester-intents-5.tsv", showMisses: true);

        Assert.NotNull(results);
        Assert.True(results!.Count(r => r.SilentWrite) <= EighthTesterSilentWritesCeiling, "tester-intents-5.tsv: more silent writes than its ceiling");
        var right = results.Count(r => r.Right);
        Assert.True(right >= results.Count * EighthTesterRightFloor, $"tester-intents-5.tsv: {right}/{results.Count} right, below the floor {EighthTesterRightFloor:P1}");
    }

    [Fact]
    public async Task The_ninth_testers_utterances_reach_the_right_command_no_worse_than_their_round_left_them()
    {
        var results = await JudgeAsync("tester-intents-6.tsv", showMisses: true);

        Assert.NotNull(results);
        Assert.True(results!.Count(r => r.SilentWrite) <= NinthTesterSilentWritesCeiling, "tester-intents-6.tsv: more silent writes than its ceiling");
        var right = results.Count(r => r.Right);
        Assert.True(right >= results.Count * NinthTesterRightFloor, $"tester-intents-6.tsv: {right}/{results.Count} right, below the floor {NinthTesterRightFloor:P1}");
    }

    [Fact]
    public async Task The_tenth_testers_utterances_reach_the_right_command_no_worse_than_their_round_left_them()
    {
        var results = await JudgeAsync("tester-intents-7.tsv", showMisses: true);

        Assert.NotNull(results);
        Assert.True(results!.Count(r => r.SilentWrite) <= TenthTesterSilentWritesCeiling, "tester-intents-7.tsv: more silent writes than its ceiling");
        var right = results.Count(r => r.Right);
        Assert.True(right >= results.Count * TenthTesterRightFloor, $"tester-intents-7.tsv: {right}/{results.Count} right, below the floor {TenthTesterRightFloor:P1}");
    }

    [Fact]
    public async Task The_eleventh_testers_utterances_reach_the_right_command_no_worse_than_their_round_left_them()
    {
        var results = await JudgeAsync("tester-intents-8.tsv", showMisses: true);

        Assert.NotNull(results);
        Assert.True(results!.Count(r => r.SilentWrite) <= EleventhTesterSilentWritesCeiling, "tester-intents-8.tsv: more silent writes than its ceiling");
        var right = results.Count(r => r.Right);
        Assert.True(right >= results.Count * EleventhTesterRightFloor, $"tester-intents-8.tsv: {right}/{results.Count} right, below the floor {EleventhTesterRightFloor:P1}");
    }

    [Fact]
    public async Task The_twelfth_testers_utterances_reach_the_right_command_no_worse_than_their_round_left_them()
    {
        var results = await JudgeAsync("tester-intents-9.tsv", showMisses: true);

        Assert.NotNull(results);
        Assert.True(results!.Count(r => r.SilentWrite) <= TwelfthTesterSilentWritesCeiling, "tester-intents-9.tsv: more silent writes than its ceiling");
        var right = results.Count(r => r.Right);
        Assert.True(right >= results.Count * TwelfthTesterRightFloor, $"tester-intents-9.tsv: {right}/{results.Count} right, below the floor {TwelfthTesterRightFloor:P1}");
    }

    [Fact]
    public async Task The_thirteenth_testers_command_sweep_reaches_each_command_no_worse_than_its_round_left_it()
    {
        var results = await JudgeAsync("tester-intents-10.tsv", showMisses: true);

        Assert.NotNull(results);
        Assert.True(results!.Count(r => r.SilentWrite) <= ThirteenthTesterSilentWritesCeiling, "tester-intents-10.tsv: more silent writes than its ceiling");
        var right = results.Count(r => r.Right);
        Assert.True(right >= results.Count * ThirteenthTesterRightFloor, $"tester-intents-10.tsv: {right}/{results.Count} right, below the floor {ThirteenthTesterRightFloor:P1}");
    }

    [Fact]
    public async Task The_fourteenth_testers_voice_terse_and_rare_command_lines_are_read_no_worse_than_their_round_left_them()
    {
        var results = await JudgeAsync("tester-intents-11.tsv", showMisses: true);

        Assert.NotNull(results);
        Assert.True(results!.Count(r => r.SilentWrite) <= FourteenthTesterSilentWritesCeiling, "tester-intents-11.tsv: more silent writes than its ceiling");
        var right = results.Count(r => r.Right);
        Assert.True(right >= results.Count * FourteenthTesterRightFloor, $"tester-intents-11.tsv: {right}/{results.Count} right, below the floor {FourteenthTesterRightFloor:P1}");
    }

    [Fact]
    public async Task The_fifteenth_testers_follow_ups_feelings_typos_and_overviews_are_read_no_worse_than_their_round_left_them()
    {
        var results = await JudgeAsync("tester-intents-12.tsv", showMisses: true);

        Assert.NotNull(results);
        Assert.True(results!.Count(r => r.SilentWrite) <= FifteenthTesterSilentWritesCeiling, "tester-intents-12.tsv: more silent writes than its ceiling");
        var right = results.Count(r => r.Right);
        Assert.True(right >= results.Count * FifteenthTesterRightFloor, $"tester-intents-12.tsv: {right}/{results.Count} right, below the floor {FifteenthTesterRightFloor:P1}");
    }

    [Fact]
    public async Task The_sixteenth_testers_fresh_lines_are_read_no_worse_than_their_round_left_them()
    {
        var results = await JudgeAsync("tester-intents-13.tsv", showMisses: true);

        Assert.NotNull(results);
        Assert.True(results!.Count(r => r.SilentWrite) <= SixteenthTesterSilentWritesCeiling, "tester-intents-13.tsv: more silent writes than its ceiling");
        var right = results.Count(r => r.Right);
        Assert.True(right >= results.Count * SixteenthTesterRightFloor, $"tester-intents-13.tsv: {right}/{results.Count} right, below the floor {SixteenthTesterRightFloor:P1}");
    }

    [Fact]
    public async Task The_seventeenth_testers_fresh_lines_are_read_no_worse_than_their_round_left_them()
    {
        var results = await JudgeAsync("tester-intents-14.tsv", showMisses: true);

        Assert.NotNull(results);
        Assert.True(results!.Count(r => r.SilentWrite) <= SeventeenthTesterSilentWritesCeiling, "tester-intents-14.tsv: more silent writes than its ceiling");
        var right = results.Count(r => r.Right);
        Assert.True(right >= results.Count * SeventeenthTesterRightFloor, $"tester-intents-14.tsv: {right}/{results.Count} right, below the floor {SeventeenthTesterRightFloor:P1}");
    }

    [Fact]
    public async Task The_eighteenth_testers_fresh_lines_are_read_no_worse_than_their_round_left_them()
    {
        var results = await JudgeAsync("tester-intents-15.tsv", showMisses: true);

        Assert.NotNull(results);
        Assert.True(results!.Count(r => r.SilentWrite) <= EighteenthTesterSilentWritesCeiling, "tester-intents-15.tsv: more silent writes than its ceiling");
        var right = results.Count(r => r.Right);
        Assert.True(right >= results.Count * EighteenthTesterRightFloor, $"tester-intents-15.tsv: {right}/{results.Count} right, below the floor {EighteenthTesterRightFloor:P1}");
    }

    [Fact]
    public async Task The_nineteenth_testers_fresh_lines_are_read_no_worse_than_their_round_left_them()
    {
        var results = await JudgeAsync("tester-intents-16.tsv", showMisses: true);

        Assert.NotNull(results);
        Assert.True(results!.Count(r => r.SilentWrite) <= NineteenthTesterSilentWritesCeiling, "tester-intents-16.tsv: more silent writes than its ceiling");
        var right = results.Count(r => r.Right);
        Assert.True(right >= results.Count * NineteenthTesterRightFloor, $"tester-intents-16.tsv: {right}/{results.Count} right, below the floor {NineteenthTesterRightFloor:P1}");
    }

    [Fact]
    public async Task The_twentieth_testers_fresh_lines_are_read_no_worse_than_their_round_left_them()
    {
        var results = await JudgeAsync("tester-intents-17.tsv", showMisses: true);

        Assert.NotNull(results);
        Assert.True(results!.Count(r => r.SilentWrite) <= TwentiethTesterSilentWritesCeiling, "tester-intents-17.tsv: more silent writes than its ceiling");
        var right = results.Count(r => r.Right);
        Assert.True(right >= results.Count * TwentiethTesterRightFloor, $"tester-intents-17.tsv: {right}/{results.Count} right, below the floor {TwentiethTesterRightFloor:P1}");
    }

    [Fact]
    public async Task The_twenty_first_testers_fresh_lines_are_read_no_worse_than_their_round_left_them()
    {
        var results = await JudgeAsync("tester-intents-18.tsv", showMisses: true);

        Assert.NotNull(results);
        Assert.True(results!.Count(r => r.SilentWrite) <= TwentyFirstTesterSilentWritesCeiling, "tester-intents-18.tsv: more silent writes than its ceiling");
        var right = results.Count(r => r.Right);
        Assert.True(right >= results.Count * TwentyFirstTesterRightFloor, $"tester-intents-18.tsv: {right}/{results.Count} right, below the floor {TwentyFirstTesterRightFloor:P1}");
    }

    [Fact]
    public async Task The_twenty_second_testers_fresh_lines_are_read_no_worse_than_their_round_left_them()
    {
        var results = await JudgeAsync("tester-intents-19.tsv", showMisses: true);

        Assert.NotNull(results);
        Assert.True(results!.Count(r => r.SilentWrite) <= TwentySecondTesterSilentWritesCeiling, "tester-intents-19.tsv: more silent writes than its ceiling");
        var right = results.Count(r => r.Right);
        Assert.True(right >= results.Count * TwentySecondTesterRightFloor, $"tester-intents-19.tsv: {right}/{results.Count} right, below the floor {TwentySecondTesterRightFloor:P1}");
    }

    [Fact]
    public async Task The_twenty_third_testers_fresh_lines_are_read_no_worse_than_their_round_left_them()
    {
        var results = await JudgeAsync("tester-intents-20.tsv", showMisses: true);

        Assert.NotNull(results);
        Assert.True(results!.Count(r => r.SilentWrite) <= TwentyThirdTesterSilentWritesCeiling, "tester-intents-20.tsv: more silent writes than its ceiling");
        var right = results.Count(r => r.Right);
        Assert.True(right >= results.Count * TwentyThirdTesterRightFloor, $"tester-intents-20.tsv: {right}/{results.Count} right, below the floor {TwentyThirdTesterRightFloor:P1}");
    }

    [Fact]
    public async Task The_twenty_fourth_testers_fresh_lines_are_read_no_worse_than_their_round_left_them()
    {
        var results = await JudgeAsync("tester-intents-21.tsv", showMisses: true);

        Assert.NotNull(results);
        Assert.True(results!.Count(r => r.SilentWrite) <= TwentyFourthTesterSilentWritesCeiling, "tester-intents-21.tsv: more silent writes than its ceiling");
        var right = results.Count(r => r.Right);
        Assert.True(right >= results.Count * TwentyFourthTesterRightFloor, $"tester-intents-21.tsv: {right}/{results.Count} right, below the floor {TwentyFourthTesterRightFloor:P1}");
    }

    [Fact]
    public async Task The_twenty_fifth_testers_fresh_lines_are_read_no_worse_than_their_round_left_them()
    {
        var results = await JudgeAsync("tester-intents-22.tsv", showMisses: true);

        Assert.NotNull(results);
        Assert.True(results!.Count(r => r.SilentWrite) <= TwentyFifthTesterSilentWritesCeiling, "tester-intents-22.tsv: more silent writes than its ceiling");
        var right = results.Count(r => r.Right);
        Assert.True(right >= results.Count * TwentyFifthTesterRightFloor, $"tester-intents-22.tsv: {right}/{results.Count} right, below the floor {TwentyFifthTesterRightFloor:P1}");
    }

    [Fact]
    public async Task Held_out_utterances_are_measured_by_their_figures_only()
    {
        // The held-out file's misses are never printed: whoever reads them starts tuning to them.
        var results = await JudgeAsync("heldout-intents.tsv", showMisses: false);
        if (results is null)
        {
            return;
        }

        var right = results.Count(r => r.Right);
        Assert.True(right >= results.Count * HeldOutRightFloor, $"held out: {right}/{results.Count} right, below the floor {HeldOutRightFloor:P0}");
        Assert.True(results.Count(r => r.SilentWrite) <= HeldOutSilentWritesCeiling, $"held out: {results.Count(r => r.SilentWrite)} silent writes, more than {HeldOutSilentWritesCeiling}");
    }

    /// <summary>
    /// The second held-out file (a fourth tester, 2026-12-03) was measured before and after the round on
    /// tester-intents-2.tsv and has guided nothing; its totals are the figure reported for issue 13.
    /// </summary>
    [Fact]
    public async Task Second_held_out_utterances_are_measured_by_their_figures_only()
    {
        var results = await JudgeAsync("heldout-intents-2.tsv", showMisses: false);
        if (results is null)
        {
            return;
        }

        var right = results.Count(r => r.Right);
        Assert.True(right >= results.Count * SecondHeldOutRightFloor, $"held out 2: {right}/{results.Count} right, below the floor {SecondHeldOutRightFloor:P0}");
        Assert.True(results.Count(r => r.SilentWrite) <= SecondHeldOutSilentWritesCeiling, $"held out 2: {results.Count(r => r.SilentWrite)} silent writes, more than {SecondHeldOutSilentWritesCeiling}");
    }

    /// <summary>
    /// The third held-out file (a sixth tester, 2026-12-03) was written while the write-guard round ran and measured on
    /// main before it (124/154, 7 silent writes) and after it (124/154, 5 silent writes); it has guided nothing.
    /// </summary>
    [Fact]
    public async Task Third_held_out_utterances_are_measured_by_their_figures_only()
    {
        var results = await JudgeAsync("heldout-intents-3.tsv", showMisses: false);
        if (results is null)
        {
            return;
        }

        var right = results.Count(r => r.Right);
        Assert.True(right >= results.Count * ThirdHeldOutRightFloor, $"held out 3: {right}/{results.Count} right, below the floor {ThirdHeldOutRightFloor:P0}");
        Assert.True(results.Count(r => r.SilentWrite) <= ThirdHeldOutSilentWritesCeiling, $"held out 3: {results.Count(r => r.SilentWrite)} silent writes, more than {ThirdHeldOutSilentWritesCeiling}");
    }

    /// <summary>
    /// The fourth held-out file (helper-h4, 2026-12-06: a new branch's 书记 and members, every everyday command, near-misses,
    /// chatter, yes/no and choice answers) was written before the round and has guided nothing: only its totals are printed,
    /// overall and per category.
    /// </summary>
    [Fact]
    public async Task Fourth_held_out_utterances_are_measured_by_their_figures_only()
    {
        var results = await JudgeAsync("heldout-intents-4.tsv", showMisses: false);
        if (results is null)
        {
            return;
        }

        foreach (var group in results.GroupBy(r => r.Category))
        {
            output.WriteLine($"held out 4 {group.Key}: {group.Count(r => r.Right)}/{group.Count()} right, {group.Count(r => r.SilentWrite)} silent writes");
        }

        var right = results.Count(r => r.Right);
        Assert.True(right >= results.Count * FourthHeldOutRightFloor, $"held out 4: {right}/{results.Count} right, below the floor {FourthHeldOutRightFloor:P0}");
        Assert.True(results.Count(r => r.SilentWrite) <= FourthHeldOutSilentWritesCeiling, $"held out 4: {results.Count(r => r.SilentWrite)} silent writes, more than {FourthHeldOutSilentWritesCeiling}");
    }

    /// <summary>
    /// The fifth held-out file (helper-ah, 2026-12-06: members and the 书记 in the situation of tester-intents-12, written by
    /// someone who read no code and tuned nothing) was registered before the session's rounds were merged and has guided
    /// nothing: only its totals are printed, overall and per category.
    /// </summary>
    [Fact]
    public async Task Fifth_held_out_utterances_are_measured_by_their_figures_only()
    {
        var results = await JudgeAsync("heldout-intents-5.tsv", showMisses: false);
        if (results is null)
        {
            return;
        }

        foreach (var group in results.GroupBy(r => r.Category))
        {
            output.WriteLine($"held out 5 {group.Key}: {group.Count(r => r.Right)}/{group.Count()} right, {group.Count(r => r.SilentWrite)} silent writes");
        }

        var right = results.Count(r => r.Right);
        Assert.True(right >= results.Count * FifthHeldOutRightFloor, $"held out 5: {right}/{results.Count} right, below the floor {FifthHeldOutRightFloor:P0}");
        Assert.True(results.Count(r => r.SilentWrite) <= FifthHeldOutSilentWritesCeiling, $"held out 5: {results.Count(r => r.SilentWrite)} silent writes, more than {FifthHeldOutSilentWritesCeiling}");
    }

    /// <summary>
    /// The oversight commands as a 党委 组织委员 types them (oversight-intents.tsv, a tuning file written on
    /// 2026-12-03 before the oversight round): at the target, no silent write.
    /// </summary>
    [Fact]
    public async Task Oversight_utterances_reach_the_oversight_commands_and_never_write_silently()
    {
        var results = await JudgeAsync("oversight-intents.tsv", showMisses: true);

        Assert.NotNull(results);
        AssertTarget("oversight-intents.tsv", results!);
    }

    /// <summary>
    /// heldout-oversight-intents.tsv was written with oversight-intents.tsv, before the oversight round, and has
    /// guided nothing: only its totals are printed.
    /// </summary>
    [Fact]
    public async Task Held_out_oversight_utterances_are_measured_by_their_figures_only()
    {
        var results = await JudgeAsync("heldout-oversight-intents.tsv", showMisses: false);

        Assert.NotNull(results);
        var right = results!.Count(r => r.Right);
        Assert.True(right >= results.Count * HeldOutOversightRightFloor, $"held out oversight: {right}/{results.Count} right, below the floor {HeldOutOversightRightFloor:P0}");
        Assert.Equal(0, results.Count(r => r.SilentWrite));
    }

    private static void AssertTarget(string file, List<Judgement> results)
    {
        Assert.Equal(0, results.Count(r => r.SilentWrite));
        var right = results.Count(r => r.Right);
        Assert.True(right >= results.Count * Target, $"{file}: {right}/{results.Count} right, below {Target:P0}.");
    }

    private async Task<List<Judgement>?> JudgeAsync(string file, bool showMisses)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Evaluation", file);
        if (!File.Exists(path))
        {
            output.WriteLine($"{file}: not present");
            return null;
        }

        await using var bot = new BotHarness();
        var reader = new UtteranceReader(bot, new IntentBranch(bot));
        var results = new List<Judgement>();
        foreach (var (category, text, expected) in Load(path))
        {
            results.Add(await JudgeAsync(reader, category, text, expected));
        }

        output.WriteLine($"{file}: {results.Count(r => r.Right)}/{results.Count} right, {results.Count(r => r.SilentWrite)} silent writes");
        foreach (var group in results.GroupBy(r => r.Category))
        {
            var right = group.Count(r => r.Right);
            output.WriteLine($"  {group.Key}: {right}/{group.Count()} ({100.0 * right / group.Count():F1}%)");
            foreach (var wrong in group.Where(r => showMisses && !r.Right))
            {
                output.WriteLine($"    {wrong.Text} → {wrong.Got} (expected {wrong.Expected}){(wrong.SilentWrite ? " SILENT WRITE" : string.Empty)}{wrong.Why}");
            }
        }

        return results;
    }

    private static async Task<Judgement> JudgeAsync(UtteranceReader reader, string category, string text, string expected)
    {
        switch (category)
        {
            case "yesno":
                var yesNo = ConfirmPrompt.Interpret(text) switch { true => "yes", false => "no", null => Unclear };
                return new Judgement(category, text, expected, yesNo, yesNo == expected, false);
            case "choice":
                var choice = ChoiceRecognizer.Recognize(text, TimingChoices)?.Value ?? Unclear;
                return new Judgement(category, text, expected, choice, choice == expected, false);
            case "intent" or "none":
                var reading = await reader.ReadAsync(text);
                var got = Describe(reading);
                var right = Matches(reading, expected);
                var writes = reading is { Confidence: >= IntentRecognizer.RunThreshold, Effect: not IntentEffect.Read };
                return new Judgement(category, text, expected, got, right, !right && writes) { Why = Why(reading) };
            default:
                throw new FormatException($"unknown category {category} in 「{text}」");
        }
    }

    internal static string Describe(IntentMatch? reading) => reading switch
    {
        null => None,
        { Confidence: < IntentRecognizer.RunThreshold } => Ask,
        _ => string.Join('|', reading.Slots.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}={s.Value}").Prepend(reading.Command)),
    };

    /// <summary>Only the slots the expectation lists are compared.</summary>
    internal static bool Matches(IntentMatch? reading, string expected)
    {
        if (expected is None or Ask)
        {
            return Describe(reading) == expected;
        }

        var parts = expected.Split('|');
        if (reading is not { Confidence: >= IntentRecognizer.RunThreshold } || reading.Command != parts[0])
        {
            return false;
        }

        return parts.Skip(1).Select(p => p.Split('=', 2)).All(slot => reading.Slots.TryGetValue(slot[0], out var value) && SameValue(slot[0], value, slot[1]));
    }

    /// <summary>A reason is the same with or without a final aspect particle ("孩子发烧住院了" = "孩子发烧住院").</summary>
    private static bool SameValue(string slot, string got, string expected) =>
        got == expected || (slot == IntentSlots.Reason && got.TrimEnd('了') == expected.TrimEnd('了'));

    internal static IEnumerable<(string Category, string Text, string Expected)> Load(string path)
    {
        foreach (var line in File.ReadLines(path).Where(l => l.Trim().Length > 0 && !l.StartsWith('#')))
        {
            var columns = line.Split('\t');
            if (columns.Length < 3 || columns[0].Trim() == "category")
            {
                continue;
            }

            yield return (columns[0].Trim(), columns[1].Trim(), columns[2].Trim());
        }
    }

    private sealed record Judgement(string Category, string Text, string Expected, string Got, bool Right, bool SilentWrite)
    {
        /// <summary>For a reading asked about: what it read and which slots were guessed (a miss's cause at a glance).</summary>
        public string Why { get; init; } = string.Empty;
    }

    private static string Why(IntentMatch? reading) => reading is { Confidence: < IntentRecognizer.RunThreshold }
        ? $" [{reading.Command} {reading.Confidence:F2} {string.Join('|', reading.Slots.Select(s => $"{s.Key}{(reading.Guessed.Contains(s.Key) ? "?" : string.Empty)}={s.Value}"))}{string.Concat(reading.Guessed.Where(g => !reading.Slots.ContainsKey(g)).Select(g => $" {g}?"))}]"
        : string.Empty;

    /// <summary>The 书记's sentences read by the bot's intent layer as the free-text handler reads them.</summary>
    private sealed class UtteranceReader(BotHarness bot, IntentBranch branch)
    {
        private readonly IntentRecognizer _recognizer = bot.Services.GetRequiredService<IntentRecognizer>();
        private readonly IntentInputReader _inputs = bot.Services.GetRequiredService<IntentInputReader>();
        private Sender? _secretary;

        public async Task<IntentMatch?> ReadAsync(string text)
        {
            _secretary ??= await branch.SecretarySenderAsync();
            var readings = await _recognizer.RecognizeAsync(_inputs.Read(text, _secretary), CancellationToken.None);
            return readings.Count == 0 ? null : readings[0];
        }
    }
}
