using Gongkai.Model;

namespace Gongkai.Reading;

/// <summary>Why a source could not be read as a report.</summary>
public enum ReadFailureKind
{
    /// <summary>The source has no content (or only whitespace).</summary>
    Empty,

    /// <summary>The bytes are not text (or not a supported file type).</summary>
    Binary,

    /// <summary>The text is not a disclosure annual report: none of its tables or sections were found.</summary>
    NotAReport,

    /// <summary>The source is larger than <see cref="ReportReader.MaxBytes"/>.</summary>
    TooLarge,

    /// <summary>The file could not be opened or read.</summary>
    Unreadable,
}

/// <summary>Why a source could not be read, in Chinese and English.</summary>
public sealed record ReadFailure(ReadFailureKind Kind, string Chinese, string English)
{
    public override string ToString() => $"{Chinese} ({English})";
}

/// <summary>The outcome of reading one source: a report, or the reason there is none.</summary>
public sealed record ReadResult(Report? Report, ReadFailure? Failure)
{
    public static ReadResult Success(Report report) => new(report, null);

    public static ReadResult Failed(ReadFailureKind kind, string chinese, string english) => new(null, new ReadFailure(kind, chinese, english));
}
