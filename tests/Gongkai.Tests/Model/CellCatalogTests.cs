using Gongkai.Model;
using Xunit;

namespace Gongkai.Tests.Model;

public class CellCatalogTests
{
    [Fact]
    public void Canonical_ids_are_those_of_cells_tsv_in_order()
    {
        var expected = File.ReadAllLines(Path.Combine(RepoPaths.Expected, "000_b42612b20553a5ab.cells.tsv")).Skip(1).Select(l => l.Split('\t')[0]).ToArray();
        Assert.Equal(200, expected.Length);
        Assert.Equal(expected, CellCatalog.Canonical.Select(d => d.Id.Value).ToArray());
    }

    [Fact]
    public void Subtotals_are_four_groups_by_seven_columns_and_not_canonical()
    {
        Assert.Equal(28, CellCatalog.Subtotals.Count);
        Assert.All(CellCatalog.Subtotals, d => Assert.True(d.Id.IsSubtotal));
        Assert.DoesNotContain(CellCatalog.Canonical, d => d.Id.IsSubtotal);
        Assert.True(CellId.TryParse("requests.withheld.subtotal.total", out _));
        Assert.False(CellId.TryParse("requests.withheld.nothing.total", out _));
    }

    [Fact]
    public void Table3_has_25_rows_of_which_21_outcomes()
    {
        Assert.Equal(25, RequestRow.All.Count);
        Assert.Equal(21, RequestRow.Outcomes.Count);
        Assert.Equal(RequestRow.All.Count, RequestRow.All.Select(r => r.Id).Distinct().Count());
    }
}
