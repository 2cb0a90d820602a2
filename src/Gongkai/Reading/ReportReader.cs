using Gongkai.Model;
using Gongkai.Text;

namespace Gongkai.Reading;

/// <summary>Reads a disclosure annual report from bytes or text. (Placeholder until the table reader lands.)</summary>
public static class ReportReader
{
    /// <summary>The largest source accepted: 20 MiB. Real reports are under 1 MiB as text.</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    /// <summary>Reads a report from a file's bytes, detecting the encoding.</summary>
    public static ReadResult Read(ReadOnlySpan<byte> bytes, string sourceName)
    {
        if (bytes.Length > MaxBytes)
        {
            return ReadResult.Failed(ReadFailureKind.TooLarge, $"文件过大（{bytes.Length:N0} 字节，上限 {MaxBytes:N0} 字节）", $"file too large ({bytes.Length:N0} bytes, limit {MaxBytes:N0})");
        }

        var decoded = TextDecoder.Decode(bytes);
        if (decoded.LooksBinary)
        {
            return ReadResult.Failed(ReadFailureKind.Binary, "不是文本文件（含二进制内容）", "not a text file (binary content)");
        }

        return ReadText(decoded.Text, sourceName);
    }

    /// <summary>Reads a report from text already decoded.</summary>
    public static ReadResult ReadText(string text, string sourceName)
    {
        var normalized = TextNormalizer.Normalize(text);
        return ReadResult.Success(new Report
        {
            SourceName = sourceName,
            Metadata = ReportMetadata.Empty,
            Sections = [],
            Tables = [],
            Cells = ReportCells.Empty,
            Text = normalized.Value,
        });
    }
}
