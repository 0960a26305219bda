using BranchBot.KnowledgeBench;

// Knowledge retrieval benchmarks (see docs/benchmarks.md), run from the repository root:
//   dotnet run -c Release --project benchmarks/BranchBot.KnowledgeBench            speed of BranchBot's index
//   dotnet run -c Release --project benchmarks/BranchBot.KnowledgeBench -- compare side by side with Lucene.Net
// An optional further argument is the repository root.
var compare = args.Length > 0 && args[0] == "compare";
var root = args.Skip(compare ? 1 : 0).FirstOrDefault() ?? Directory.GetCurrentDirectory();
var data = BenchData.Load(root);
if (compare)
{
    Comparison.Run(data);
}
else
{
    SpeedRun.Run(data);
}
