using BranchBot.KnowledgeBench;
using BranchBot.Core.Knowledge;

// Knowledge retrieval benchmarks (see docs/benchmarks.md), run from the repository root:
//   dotnet run -c Release --project benchmarks/BranchBot.KnowledgeBench            speed of BranchBot's index
//   dotnet run -c Release --project benchmarks/BranchBot.KnowledgeBench -- compare side by side with Lucene.Net
//   dotnet run -c Release --project benchmarks/BranchBot.KnowledgeBench -- explain every tuning question's result, per part
//   dotnet run -c Release --project benchmarks/BranchBot.KnowledgeBench -- thresholds  threshold grid on both tuning parts
//   dotnet run -c Release --project benchmarks/BranchBot.KnowledgeBench -- fit-gate    calibrated gate: leave one part out, then its coefficients
//   dotnet run -c Release --project benchmarks/BranchBot.KnowledgeBench -- fit-gate-untouched  gates on each part's untouched rows (knowledge/ at its first run), leave one part out
//   dotnet run -c Release --project benchmarks/BranchBot.KnowledgeBench -- rerank-untouched  re-ranking of close entries on each part's untouched rows: what separates them, then the variants
//   dotnet run -c Release --project benchmarks/BranchBot.KnowledgeBench -- answer-side-untouched [variant words …]  wrong answers by cause on untouched rows, then two-part answers, the scope step and choice questions (variants whose name holds any of the words)
//   dotnet run -c Release --project benchmarks/BranchBot.KnowledgeBench -- gate-compare [part]  gates side by side on one part (default writer5), fitted on the others
//   dotnet run -c Release --project benchmarks/BranchBot.KnowledgeBench -- gate-declines [asked|untouched] [lines] [only=…]  in-scope lines the gate declines by their label's rank, each gate condition loosened alone (or the asked-clause rule's variants), per half
//   dotnet run -c Release --project benchmarks/BranchBot.KnowledgeBench -- asked-kinds [lines|totals|untouched|with-writer13] [only=…]  whether the entry's kind of answer agreeing with the asked clause's separates right best entries from wrong ones; gate variants using it, per half
//   dotnet run -c Release --project benchmarks/BranchBot.KnowledgeBench -- vocabulary-gap  member words the right entry lacks, on declined lines whose label ranks 1st-2nd, per half
//   dotnet run -c Release --project benchmarks/BranchBot.KnowledgeBench -- vocabulary-trial [canonical …]  each candidate member-word mapping tried alone: lines made right, wrong or declined, per half
//   dotnet run -c Release --project benchmarks/BranchBot.KnowledgeBench -- two-part-lines  lines asking two things per part: right, wrong, declined, and each half alone for those not right
//   dotnet run -c Release --project benchmarks/BranchBot.KnowledgeBench -- two-part-first  the product's two-part setting without and with the first half added when the whole answers the second: lines that change
//   dotnet run -c Release --project benchmarks/BranchBot.KnowledgeBench -- two-part-first-sure  without and with a sure first half added whatever else the whole ranks: lines that change
//   dotnet run -c Release --project benchmarks/BranchBot.KnowledgeBench -- two-part-second-only  without and with declining a whole that answers only the follow-up (not shipped: it lost as many right lines as wrong ones it declined)
//   dotnet run -c Release --project benchmarks/BranchBot.KnowledgeBench -- top-stability  whether the first entry survives one-character deletions: declined right-first vs answered wrong-first, per half
//   dotnet run -c Release --project benchmarks/BranchBot.KnowledgeBench -- ask "question" …     each question's verdict and three best entries (run from the repository root)
// An optional further argument is the repository root.
var mode = args.Length > 0 && args[0] is "compare" or "explain" or "thresholds" or "fit-gate" or "fit-gate-untouched" or "rerank-untouched" or "answer-side-untouched" or "gate-compare" or "gate-declines" or "asked-kinds" or "vocabulary-gap" or "vocabulary-trial" or "two-part-lines" or "two-part-first" or "two-part-first-sure" or "two-part-second-only" or "top-stability" or "ask" ? args[0] : "speed";
var rest = args.Skip(mode == "speed" ? 0 : 1).ToList();
var part = mode == "gate-compare" && rest.Count > 0 && !Directory.Exists(rest[0]) ? rest[0] : GateComparison.DefaultPart;
if (mode == "gate-compare" && rest.Count > 0 && rest[0] == part)
{
    rest.RemoveAt(0);
}

var root = mode is "ask" or "vocabulary-gap" or "vocabulary-trial" or "two-part-lines" or "two-part-first" or "two-part-first-sure" or "two-part-second-only" or "answer-side-untouched" or "gate-declines" or "asked-kinds" ? Directory.GetCurrentDirectory() : rest.FirstOrDefault() ?? Directory.GetCurrentDirectory();
var data = BenchData.Load(root);
Action<BenchData> run = mode switch
{
    "compare" => Comparison.Run,
    "explain" => Explain.Run,
    "thresholds" => ThresholdGrid.Run,
    "fit-gate" => GateFit.Run,
    "fit-gate-untouched" => d => UntouchedGateFit.Run(d, root),
    "rerank-untouched" => d => RerankUntouched.Run(d, root),
    "answer-side-untouched" => d => AnswerSideUntouched.Run(d, root, rest),
    "gate-compare" => d => GateComparison.Run(d, part),
    "gate-declines" => d => { if (rest.Contains("untouched")) { GateDeclines.Untouched(d, root); } else { GateDeclines.Run(d, rest); } },
    "asked-kinds" => d => AskedKinds.Run(d, rest, root),
    "vocabulary-gap" => VocabularyGap.Run,
    "vocabulary-trial" => d => VocabularyTrial.Run(d, rest),
    "two-part-lines" => TwoPartLines.Run,
    "two-part-first" => d => TwoPartVariants.Run(d, KnowledgeIndex.DefaultTwoParts & ~KnowledgeTwoParts.FirstHalfWhenWholeAnswersSecond, KnowledgeIndex.DefaultTwoParts),
    "two-part-first-sure" => d => TwoPartVariants.Run(d, KnowledgeIndex.DefaultTwoParts & ~KnowledgeTwoParts.FirstHalfWhenSureOfAnother & ~KnowledgeTwoParts.DeclineWhenWholeAnswersOnlySecond, (KnowledgeIndex.DefaultTwoParts | KnowledgeTwoParts.FirstHalfWhenSureOfAnother) & ~KnowledgeTwoParts.DeclineWhenWholeAnswersOnlySecond),
    "two-part-second-only" => d => TwoPartVariants.Run(d, KnowledgeIndex.DefaultTwoParts & ~KnowledgeTwoParts.DeclineWhenWholeAnswersOnlySecond, KnowledgeIndex.DefaultTwoParts | KnowledgeTwoParts.DeclineWhenWholeAnswersOnlySecond),
    "top-stability" => TopStability.Run,
    "ask" => d => Explain.Ask(d, rest),
    _ => SpeedRun.Run,
};
run(data);
