namespace BranchBot.KnowledgeBench;

/// <summary>
/// Logistic regression on standardised features, fitted by plain full-batch gradient descent with a small L2 penalty,
/// and the probability threshold that gives the most right answers at a required precision on the rows it was fitted
/// on. <see cref="Weights"/> and <see cref="Intercept"/> are on the raw (unstandardised) features.
/// </summary>
internal sealed record LogisticGate(double[] Weights, double Intercept, double Threshold)
{
    private const int Steps = 4000;
    private const double LearningRate = 0.5;
    private const double L2 = 1e-3;

    public double Probability(double[] x)
    {
        var z = Intercept;
        for (var j = 0; j < x.Length; j++)
        {
            z += Weights[j] * x[j];
        }

        return 1 / (1 + Math.Exp(-z));
    }

    public bool Answers(double[] x) => Probability(x) >= Threshold;

    public static LogisticGate Fit(IReadOnlyList<double[]> xs, IReadOnlyList<bool> ys, double precision, bool[]? mask = null)
    {
        var n = xs.Count;
        var d = xs[0].Length;
        var use = mask ?? [.. Enumerable.Repeat(true, d)];
        var mean = new double[d];
        var scale = new double[d];
        for (var j = 0; j < d; j++)
        {
            mean[j] = xs.Average(x => x[j]);
            var sd = Math.Sqrt(xs.Average(x => (x[j] - mean[j]) * (x[j] - mean[j])));
            scale[j] = sd > 1e-12 && use[j] ? sd : double.PositiveInfinity;
        }

        var z = xs.Select(x => x.Select((v, j) => double.IsPositiveInfinity(scale[j]) ? 0 : (v - mean[j]) / scale[j]).ToArray()).ToArray();
        var w = new double[d];
        double b = 0;
        for (var step = 0; step < Steps; step++)
        {
            var gw = new double[d];
            double gb = 0;
            for (var i = 0; i < n; i++)
            {
                var p = 1 / (1 + Math.Exp(-(b + Dot(w, z[i]))));
                var error = p - (ys[i] ? 1 : 0);
                gb += error;
                for (var j = 0; j < d; j++)
                {
                    gw[j] += error * z[i][j];
                }
            }

            b -= LearningRate * gb / n;
            for (var j = 0; j < d; j++)
            {
                w[j] -= LearningRate * ((gw[j] / n) + (L2 * w[j]));
            }
        }

        var raw = w.Select((v, j) => double.IsPositiveInfinity(scale[j]) ? 0 : v / scale[j]).ToArray();
        var intercept = b - raw.Select((v, j) => v * mean[j]).Sum();
        var unthresholded = new LogisticGate(raw, intercept, 0);
        return unthresholded with { Threshold = ThresholdFor([.. xs.Select(unthresholded.Probability)], ys, precision) };
    }

    /// <summary>The same coefficients with the threshold set for <paramref name="precision"/> on the given rows.</summary>
    public LogisticGate At(double precision, IReadOnlyList<double[]> xs, IReadOnlyList<bool> ys) =>
        this with { Threshold = ThresholdFor([.. xs.Select(Probability)], ys, precision) };

    /// <summary>The lowest probability among the rows at which the rows answered are right at least <paramref name="precision"/> of the time, keeping the most right ones.</summary>
    private static double ThresholdFor(double[] probabilities, IReadOnlyList<bool> ys, double precision)
    {
        var order = Enumerable.Range(0, probabilities.Length).OrderByDescending(i => probabilities[i]).ToArray();
        int answered = 0, right = 0, bestRight = -1;
        var threshold = 1.0;
        foreach (var i in order)
        {
            answered++;
            right += ys[i] ? 1 : 0;
            if (right >= precision * answered && right > bestRight)
            {
                bestRight = right;
                threshold = probabilities[i];
            }
        }

        return threshold;
    }

    private static double Dot(double[] a, double[] b)
    {
        double sum = 0;
        for (var j = 0; j < a.Length; j++)
        {
            sum += a[j] * b[j];
        }

        return sum;
    }
}
