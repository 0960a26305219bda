namespace BranchBot.Tests.Support;

/// <summary>
/// One instance of every case of a typed problem (the sealed records nested in it), with sample data, so a test can
/// check that each front end has a sentence for every case.
/// </summary>
internal static class ProblemCases
{
    public static IReadOnlyList<TProblem> All<TProblem>()
        where TProblem : class
    {
        var cases = typeof(TProblem).GetNestedTypes().Where(t => t.IsSealed && typeof(TProblem).IsAssignableFrom(t)).ToList();
        Assert.NotEmpty(cases);
        return [.. cases.Select(type =>
        {
            var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
            return (TProblem)constructor.Invoke([.. constructor.GetParameters().Select(p => Sample(p.ParameterType))]);
        })];
    }

    private static object? Sample(Type type) => type switch
    {
        _ when type == typeof(string) => "样例",
        _ when type == typeof(int) => 12,
        _ when type.IsEnum => Enum.GetValues(type).GetValue(0),
        _ => throw new NotSupportedException($"No sample for {type.Name}."),
    };
}
