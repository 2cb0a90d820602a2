namespace Gongkai.Model;

/// <summary>The cells read from one report. A cell the source does not have reads as <see cref="CellValue.Absent"/>.</summary>
public sealed class ReportCells
{
    private readonly Dictionary<CellId, CellValue> cells;

    public ReportCells(IEnumerable<KeyValuePair<CellId, CellValue>> cells) => this.cells = new Dictionary<CellId, CellValue>(cells);

    public static ReportCells Empty { get; } = new([]);

    public CellValue this[CellId id] => cells.TryGetValue(id, out var v) ? v : CellValue.Absent;

    public CellValue this[RequestRow row, Applicant column] => this[row.Cell(column)];

    public CellValue this[AppealGroup group, AppealResult result] => this[group.Cell(result)];

    /// <summary>The subtotal cell of <paramref name="group"/>; absent unless the report printed one.</summary>
    public CellValue Subtotal(RequestGroup group, Applicant column) => this[group.SubtotalCell(column)];

    /// <summary>True when the report printed a subtotal row for <paramref name="group"/>.</summary>
    public bool HasSubtotal(RequestGroup group) => Applicant.All.Any(c => cells.ContainsKey(group.SubtotalCell(c)));

    /// <summary>The cells present in the source (not absent), in catalog order.</summary>
    public IEnumerable<KeyValuePair<CellId, CellValue>> Present => cells.OrderBy(kv => kv.Key);

    /// <summary>The canonical cells followed by the subtotal cells the report printed, in catalog order.</summary>
    public IEnumerable<KeyValuePair<CellId, CellValue>> ForOutput =>
        CellCatalog.Canonical.Select(d => d.Id)
            .Concat(CellCatalog.Subtotals.Select(d => d.Id).Where(cells.ContainsKey))
            .Select(id => KeyValuePair.Create(id, this[id]));
}
