using System.IO;
using System.IO.Compression;
using System.Text;

namespace AtlasGen.Simulator.Engine;

/// <summary>
/// A small valid body of a non-JSON media type: a real gzip stream (of log lines), a syntactically valid PEM block,
/// CSV with a header row, XML, or plain text.
/// </summary>
internal static class NonJsonBodies
{
    public static byte[] For(string mediaType, DateTimeOffset now)
    {
        var type = mediaType.ToLowerInvariant();
        if (type.Contains("gzip", StringComparison.Ordinal))
        {
            using var buffer = new MemoryStream();
            using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            {
                gzip.Write(Encoding.UTF8.GetBytes($"{now.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.fff'Z'} I SIMULATOR [conn1] simulated log line\n"));
            }

            return buffer.ToArray();
        }

        if (type.Contains("pem", StringComparison.Ordinal) || type.Contains("x509", StringComparison.Ordinal))
        {
            // Base64 of DER-looking bytes, in 64-character lines between the armor: what a PEM parser checks.
            var der = new byte[48];
            der[0] = 0x30;
            der[1] = 46;
            return Encoding.ASCII.GetBytes("-----BEGIN CERTIFICATE-----\n" + Convert.ToBase64String(der, Base64FormattingOptions.InsertLineBreaks).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n-----END CERTIFICATE-----\n");
        }

        if (type.Contains("csv", StringComparison.Ordinal))
        {
            return Encoding.UTF8.GetBytes("id,name,created\n");
        }

        if (type.Contains("xml", StringComparison.Ordinal))
        {
            return Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><result/>");
        }

        return Encoding.UTF8.GetBytes("simulated\n");
    }
}
