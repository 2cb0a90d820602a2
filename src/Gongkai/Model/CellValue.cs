namespace Gongkai.Model;

/// <summary>How a cell was written in the source.</summary>
public enum CellWriting
{
    /// <summary>Digits, e.g. <c>13</c>, <c>2,618.69</c>.</summary>
    Number,

    /// <summary>A token that means zero in practice — <c>—</c>, <c>-</c>, <c>/</c>, <c>无</c> — read as 0.</summary>
    ZeroLike,

    /// <summary>Nothing was written: an empty cell, or a cell that vanished from its row. The value is null.</summary>
    Blank,

    /// <summary>Something that is not a number was written where a value belongs. The value is null.</summary>
    Invalid,

    /// <summary>The source has no such cell: its table is missing, or its group was printed as one row.</summary>
    Absent,
}

/// <summary>How the reader decided which column a value belongs to.</summary>
public enum CellPlacement
{
    /// <summary>The row had all its cells, so each value took its column in order.</summary>
    InOrder,

    /// <summary>The row lacked cells; the value's position (cell index or text column) placed it.</summary>
    ByPosition,

    /// <summary>The row lacked cells; the table's sums placed it (only one placement kept them consistent).</summary>
    BySums,

    /// <summary>The row lacked cells and neither position nor sums decided; the reader took the likeliest reading.</summary>
    Guessed,
}

/// <summary>
/// A position in the normalised text: 1-based line and column, and the length in characters
/// (UTF-16 code units) on that line. <see cref="Offset"/> is the 0-based offset in the normalised text.
/// </summary>
public sealed record SourceSpan(int Line, int Column, int Length, int Offset)
{
    public override string ToString() => $"{Line}:{Column}";
}

/// <summary>
/// The value of one cell as the source gives it: the number (null when blank, invalid or absent), the
/// original text it was read from, and where it stands.
/// </summary>
public sealed record CellValue
{
    /// <summary>The cell does not exist in the source.</summary>
    public static readonly CellValue Absent = new() { Writing = CellWriting.Absent };

    /// <summary>The number, or null when the cell is blank, invalid or absent. Zero-like tokens read as 0.</summary>
    public decimal? Value { get; init; }

    public required CellWriting Writing { get; init; }

    /// <summary>The text of the cell as written in the original source (before normalisation), if any.</summary>
    public string? Text { get; init; }

    /// <summary>Where the cell's text stands in the normalised text; for a vanished cell, its row's label.</summary>
    public SourceSpan? Span { get; init; }

    public CellPlacement Placement { get; init; } = CellPlacement.InOrder;

    /// <summary>Where the cell came from beyond the text (e.g. a PDF page and box), when a file reader knows it.</summary>
    public string? Origin { get; init; }

    public bool HasValue => Value.HasValue;

    public static CellValue Blank(SourceSpan? span, CellPlacement placement = CellPlacement.InOrder) =>
        new() { Writing = CellWriting.Blank, Span = span, Placement = placement };

    public override string ToString() => Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? Writing.ToString();
}
