using System.Diagnostics;
using System.Text;

namespace BranchBot.Tests.Support;

/// <summary>
/// Debian's LibreOffice Calc (apt-get install libreoffice-calc-nogui), headless: opens a workbook the way a secretary's
/// LibreOffice would and writes every sheet out as CSV. Absent, the tests skip with the reason, unless
/// BRANCHBOT_REQUIRE_LIBREOFFICE=1 (CI), where they fail.
/// </summary>
internal static class LibreOffice
{
    public const string RequireVariable = "BRANCHBOT_REQUIRE_LIBREOFFICE";

    // Comma, double quote, UTF-8, from line 1, default formats, default language, quote text only when needed,
    // detect numbers, values as shown, no formulas, keep spaces, every sheet to its own file (LibreOffice 7.2+).
    private const string CsvAllSheets = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";

    private static readonly TimeSpan ConversionTimeout = TimeSpan.FromMinutes(2);

    public static string? Executable { get; } = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice" }.FirstOrDefault(File.Exists);

    public static void Require()
    {
        if (Executable is not null)
        {
            return;
        }

        const string reason = "LibreOffice is not installed (apt-get install -y libreoffice-calc-nogui).";
        if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
        {
            Assert.Fail($"{reason} {RequireVariable}=1 makes this a failure instead of a skip.");
        }

        Skip.If(true, reason);
    }

    /// <summary>Each sheet of <paramref name="xlsx"/>, by name, as rows of cells exactly as LibreOffice read them.</summary>
    public static async Task<Dictionary<string, List<string[]>>> ReadSheetsAsync(byte[] xlsx)
    {
        var work = Directory.CreateTempSubdirectory("branchbot-libreoffice-");
        try
        {
            var input = Path.Combine(work.FullName, "ledger.xlsx");
            await File.WriteAllBytesAsync(input, xlsx);
            var output = Directory.CreateDirectory(Path.Combine(work.FullName, "out"));
            await ConvertAsync(input, output.FullName, profile: Path.Combine(work.FullName, "profile"));

            return output.GetFiles("ledger-*.csv").ToDictionary(
                file => Path.GetFileNameWithoutExtension(file.Name)["ledger-".Length..],
                file => Csv.Parse(File.ReadAllText(file.FullName, Encoding.UTF8)),
                StringComparer.Ordinal);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task ConvertAsync(string input, string outputFolder, string profile)
    {
        var start = new ProcessStartInfo(Executable!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // A private profile per conversion: parallel tests would otherwise wait on one profile's lock.
        foreach (var argument in new[] { $"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--convert-to", CsvAllSheets, "--outdir", outputFolder, input })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ConversionTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"LibreOffice did not finish converting within {ConversionTimeout}.");
        }

        Assert.True(process.ExitCode == 0, $"LibreOffice exited with {process.ExitCode}: {await stdout} {await stderr}");
    }

    /// <summary>RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static class Csv
    {
        public static List<string[]> Parse(string text)
        {
            var rows = new List<string[]>();
            var row = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    row.Add(field.ToString());
                    field.Clear();
                }
                else if (c == '\n')
                {
                    row.Add(field.ToString().TrimEnd('\r'));
                    field.Clear();
                    rows.Add([.. row]);
                    row.Clear();
                }
                else
                {
                    field.Append(c);
                }
            }

            if (field.Length > 0 || row.Count > 0)
            {
                row.Add(field.ToString());
                rows.Add([.. row]);
            }

            return rows;
        }
    }
}
