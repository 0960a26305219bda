using BranchBot.KnowledgeBench;

// Knowledge retrieval benchmarks (see docs/benchmarks.md), run from the repository root:
//   dotnet run -c Release --project benchmarks/BranchBot.KnowledgeBench            speed of BranchBot's index
//   dotnet run -c Release --project benchmarks/BranchBot.KnowledgeBench -- compare side by side with Lucene.Net
//   dotnet run -c Release --project benchmarks/BranchBot.KnowledgeBench -- explain every tuning question's result, per part
//   dotnet run -c Release --project benchmarks/BranchBot.KnowledgeBench -- thresholds  threshold grid on both tuning parts
//   dotnet run -c Release --project benchmarks/BranchBot.KnowledgeBench -- fit-gate    calibrated gate: leave one part out, then its coefficients
// An optional further argument is the repository root.
var mode = args.Length > 0 && args[0] is "compare" or "explain" or "thresholds" or "fit-gate" ? args[0] : "speed";
var root = args.Skip(mode == "speed" ? 0 : 1).FirstOrDefault() ?? Directory.GetCurrentDirectory();
var data = BenchData.Load(root);
Action<BenchData> run = mode switch
{
    "compare" => Comparison.Run,
    "explain" => Explain.Run,
    "thresholds" => ThresholdGrid.Run,
    "fit-gate" => GateFit.Run,
    _ => SpeedRun.Run,
};
run(data);
