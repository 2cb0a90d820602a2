using Gongkai.Model;

namespace Gongkai.Checking;

/// <summary>Checks a report against the single-report rules of spec §4. (Placeholder until the rules land.)</summary>
public static class ReportChecker
{
    /// <summary>Every finding for <paramref name="report"/>, most serious first, then in rule order.</summary>
    public static IReadOnlyList<Finding> Check(Report report) => [];
}
