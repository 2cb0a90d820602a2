using Gongkai.Model;

namespace Gongkai.Checking;

/// <summary>A cell a finding is about: its id, the value the source gives and where it stands.</summary>
public sealed record FindingCell(CellId Id, decimal? Value, SourceSpan? Span)
{
    public static FindingCell Of(CellId id, CellValue cell) => new(id, cell.Value, cell.Span);
}

/// <summary>
/// One way a report breaks a rule: a message in Chinese and English, the cells involved and, where there
/// is one, the value the rule expects. A finding describes the source; it never changes a cell.
/// </summary>
public sealed record Finding(Rule Rule, string Chinese, string English, IReadOnlyList<FindingCell> Cells, decimal? Expected = null, SourceSpan? Span = null)
{
    public Severity Severity => Rule.Severity;
}
