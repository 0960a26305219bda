using System.Globalization;
using BranchBot.WebConsole.Html;

namespace BranchBot.WebConsole.Pages;

/// <summary>Twelve monthly attendance rates as an inline SVG bar chart (no script, no external library).</summary>
internal static class AttendanceChart
{
    private const int Width = 760;
    private const int Height = 260;
    private const int Left = 44;
    private const int Bottom = 30;
    private const int Top = 16;

    public static void Write(HtmlWriter html, IReadOnlyList<double?> rates)
    {
        var plotHeight = Height - Bottom - Top;
        var slot = (Width - Left - 10) / 12.0;
        html.Open("svg", ("class", "chart"), ("id", "attendance-chart"), ("viewBox", $"0 0 {Width} {Height}"), ("role", "img"), ("aria-label", "每月出勤率"))
            .Open("line", ("class", "axis"), ("x1", N(Left)), ("y1", N(Top)), ("x2", N(Left)), ("y2", N(Height - Bottom))).Close("line")
            .Open("line", ("class", "axis"), ("x1", N(Left)), ("y1", N(Height - Bottom)), ("x2", N(Width - 10)), ("y2", N(Height - Bottom))).Close("line");
        foreach (var percent in new[] { 0, 50, 100 })
        {
            html.Element("text", $"{percent}%", ("x", "4"), ("y", N(Height - Bottom - (plotHeight * percent / 100.0) + 4)));
        }

        for (var month = 0; month < 12; month++)
        {
            var x = Left + (slot * month) + (slot * 0.2);
            html.Element("text", $"{month + 1}月", ("x", N(x)), ("y", N(Height - 10)));
            if (rates[month] is not { } rate)
            {
                continue;
            }

            var barHeight = plotHeight * rate;
            var label = rate.ToString("P0", CultureInfo.InvariantCulture).Replace(" ", string.Empty, StringComparison.Ordinal);
            html.Open("rect", ("class", "bar"), ("x", N(x)), ("y", N(Height - Bottom - barHeight)), ("width", N(slot * 0.6)), ("height", N(barHeight)))
                .Element("title", $"{month + 1}月 {label}").Close("rect")
                .Element("text", label, ("x", N(x)), ("y", N(Height - Bottom - barHeight - 3)));
        }

        html.Close("svg");
    }

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
