using System.Text;
using BranchBot.Dialogs.Intents.Examples;

namespace BranchBot.Tests.Evaluation;

/// <summary>
/// The example bank (dialogs/BranchBot.Dialogs/Intents/Examples/intent-examples.tsv) is the tuning evaluation files'
/// intent and none lines and nothing else. This test fails when a tuning file changed and the bank was not regenerated;
/// run with BRANCHBOT_WRITE_INTENT_EXAMPLES=1 it writes the bank into the source tree from those files.
/// </summary>
public class IntentExampleBankFileTests
{
    private const string RegenerateVariable = "BRANCHBOT_WRITE_INTENT_EXAMPLES";

    private static readonly string Header = string.Join('\n',
        "# intent-examples.tsv: the example bank (IntentExampleBank), generated from the TUNING evaluation files' intent and none lines",
        "# (never a held-out file). Do not edit by hand: regenerate with",
        $"#   {RegenerateVariable}=1 dotnet test tests/BranchBot.Tests --filter \"FullyQualifiedName~IntentExampleBankFileTests\"",
        "# Columns: source file, label (the command's README name, ASK or NONE), text as typed.");

    [Fact]
    public void The_embedded_bank_is_the_tuning_files_intent_and_none_lines()
    {
        var generated = Generate();
        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1")
        {
            File.WriteAllText(SourcePath(), generated, new UTF8Encoding(false));
        }

        using var stream = typeof(IntentExampleBank).Assembly.GetManifestResourceStream(IntentExampleBank.ResourceName);
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream!);
        Assert.True(reader.ReadToEnd() == generated, $"intent-examples.tsv is not what the tuning files give; regenerate it with {RegenerateVariable}=1 (see its header).");
    }

    [Fact]
    public void No_held_out_file_is_a_source_of_the_bank()
    {
        var sources = IntentExampleBank.Load().Examples.Select(e => e.Source).Distinct().ToList();

        Assert.Equal(IntentExampleBankEvaluationTests.TuningFiles.Length, sources.Count);
        Assert.All(sources, source => Assert.DoesNotContain("heldout", source, StringComparison.OrdinalIgnoreCase));
    }

    private static string Generate()
    {
        var lines = new List<string> { Header };
        foreach (var file in IntentExampleBankEvaluationTests.TuningFiles)
        {
            foreach (var (category, text, expected) in IntentEvaluationTests.Load(Path.Combine(AppContext.BaseDirectory, "Evaluation", file)))
            {
                if (category is "intent" or "none")
                {
                    lines.Add($"{file}\t{expected.Split('|')[0]}\t{text}");
                }
            }
        }

        return string.Join('\n', lines) + "\n";
    }

    private static string SourcePath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BranchBot.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("BranchBot.sln not found above the test output"), "dialogs", "BranchBot.Dialogs", "Intents", "Examples", "intent-examples.tsv");
    }
}
