namespace Gongkai.Model;

/// <summary>Every cell of the 2021 format with its printed label, in the order of <c>cells.tsv</c>.</summary>
public static class CellCatalog
{
    private static readonly Lazy<Catalog> Instance = new(Build);

    /// <summary>The 200 canonical cells: Table 2, then Table 3 row by row, then Table 4 group by group.</summary>
    public static IReadOnlyList<CellDefinition> Canonical => Instance.Value.Canonical;

    /// <summary>The 28 optional subtotal cells (four groups × seven columns).</summary>
    public static IReadOnlyList<CellDefinition> Subtotals => Instance.Value.Subtotals;

    /// <summary>The definition of <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">The id is neither canonical nor a subtotal.</exception>
    public static CellDefinition Get(CellId id) => Instance.Value.ById[id];

    public static bool IsKnown(CellId id) => Instance.Value.ById.ContainsKey(id);

    internal static int Position(CellId id) => Instance.Value.ById.TryGetValue(id, out var d) ? d.Position : int.MaxValue;

    private static Catalog Build()
    {
        var canonical = new List<CellDefinition>();
        foreach (var item in ProactiveItem.All)
        {
            string[] columns = item.Cells.Count == 3 ? ["本年制发件数", "本年废止件数", "现行有效件数"] : [item.Unit == CellUnit.TenThousandYuan ? "本年收费金额（单位：万元）" : "本年处理决定数量"];
            for (var i = 0; i < item.Cells.Count; i++)
            {
                canonical.Add(new CellDefinition(item.Cells[i], ReportTable.Proactive, $"第二十条第{item.Article}项 / {item.Label} / {columns[i]}", item.Unit, canonical.Count));
            }
        }

        foreach (var row in RequestRow.All)
        {
            foreach (var column in Applicant.All)
            {
                canonical.Add(new CellDefinition(row.Cell(column), ReportTable.Requests, $"{RowLabel(row)} × {column.Label}", CellUnit.Count, canonical.Count));
            }
        }

        foreach (var group in AppealGroup.All)
        {
            foreach (var result in AppealResult.All)
            {
                canonical.Add(new CellDefinition(group.Cell(result), ReportTable.Appeals, $"{group.Label} / {result.Label}", CellUnit.Count, canonical.Count));
            }
        }

        var subtotals = new List<CellDefinition>();
        foreach (var group in RequestGroup.All)
        {
            foreach (var column in Applicant.All)
            {
                subtotals.Add(new CellDefinition(group.SubtotalCell(column), ReportTable.Requests, $"三、本年度办理结果 / （{group.Numeral}）{group.Label} / 小计 × {column.Label}", CellUnit.Count, canonical.Count + subtotals.Count));
            }
        }

        var byId = canonical.Concat(subtotals).ToDictionary(d => d.Id);
        return new Catalog(canonical, subtotals, byId);
    }

    private static string RowLabel(RequestRow row) => row.Role == RequestRowRole.Outcome
        ? row.Group is null ? $"三、本年度办理结果 / {row.Label}" : $"三、本年度办理结果 / （{row.Group.Numeral}）{row.Group.Label} / {row.Label}"
        : row.Label;

    private sealed record Catalog(IReadOnlyList<CellDefinition> Canonical, IReadOnlyList<CellDefinition> Subtotals, IReadOnlyDictionary<CellId, CellDefinition> ById);
}

/// <summary>A cell of the format: its id, table, printed label and unit.</summary>
/// <param name="Position">Zero-based order in the catalog.</param>
public sealed record CellDefinition(CellId Id, ReportTable Table, string Label, CellUnit Unit, int Position);
