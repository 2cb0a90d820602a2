using System.Collections.Concurrent;

namespace Gongkai.Model;

/// <summary>
/// The canonical id of a table cell, e.g. <c>requests.withheld.stateSecret.total</c>. The 200 ids of
/// <see cref="CellCatalog.Canonical"/> are a public contract; the optional group subtotals
/// (<c>requests.&lt;group&gt;.subtotal.&lt;column&gt;</c>) are extras beyond them.
/// Instances are interned, so reference equality is value equality.
/// </summary>
public sealed class CellId : IEquatable<CellId>, IComparable<CellId>
{
    private static readonly ConcurrentDictionary<string, CellId> Interned = new(StringComparer.Ordinal);

    private CellId(string value) => Value = value;

    /// <summary>The dotted id.</summary>
    public string Value { get; }

    /// <summary>The id split at its dots: the path of the cell in nested JSON.</summary>
    public IReadOnlyList<string> Path => Value.Split('.');

    /// <summary>True for the optional group subtotal cells of Table 3.</summary>
    public bool IsSubtotal => Value.Contains(".subtotal.", StringComparison.Ordinal);

    /// <summary>Returns the interned id for <paramref name="value"/>; the value is not validated.</summary>
    internal static CellId Of(string value) => Interned.GetOrAdd(value, v => new CellId(v));

    /// <summary>Parses a canonical or subtotal id; false when the id is not one of them.</summary>
    public static bool TryParse(string value, out CellId id)
    {
        id = Of(value);
        return CellCatalog.IsKnown(id);
    }

    public bool Equals(CellId? other) => ReferenceEquals(this, other);

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal);

    /// <summary>Orders by catalog position (canonical cells first, then subtotals).</summary>
    public int CompareTo(CellId? other) => other is null ? 1 : CellCatalog.Position(this).CompareTo(CellCatalog.Position(other));

    public override string ToString() => Value;
}
