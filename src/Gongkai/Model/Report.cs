namespace Gongkai.Model;

/// <summary>A report as read from its source: metadata, sections, every table cell and how the reading went.</summary>
public sealed record Report
{
    /// <summary>A name for the source, e.g. its file name.</summary>
    public required string SourceName { get; init; }

    public required ReportMetadata Metadata { get; init; }

    /// <summary>The sections found, in the order they appear in the text.</summary>
    public required IReadOnlyList<Section> Sections { get; init; }

    /// <summary>The tables found; a table missing here has all its cells absent.</summary>
    public required IReadOnlyList<TableLocation> Tables { get; init; }

    public required ReportCells Cells { get; init; }

    /// <summary>The normalised text the positions in <see cref="CellValue.Span"/> refer to.</summary>
    public required string Text { get; init; }

    /// <summary>Things the reader noticed while reading (e.g. a cell placed by the table's sums).</summary>
    public IReadOnlyList<ReadingNote> Notes { get; init; } = [];

    public Section? Section(SectionKind kind) => Sections.FirstOrDefault(s => s.Kind == kind);

    public bool HasTable(ReportTable table) => Tables.Any(t => t.Table == table);
}

/// <summary>A remark from the reader about how it read a part of the source, in Chinese and English.</summary>
public sealed record ReadingNote(string Chinese, string English, SourceSpan? Span);
