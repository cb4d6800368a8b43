using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace AtlasGen.Simulator.Http;

/// <summary>
/// Writes the Atlas <c>ApiError</c> body, <c>{detail, error, errorCode, parameters, reason}</c>, as <c>application/json</c>,
/// with the <c>X-Error-Code</c> header Atlas sends beside it. With <c>envelope=true</c> the answer is 200 and the
/// error is wrapped as <c>{status, content}</c>, as a success is, for clients that can't read the status.
/// </summary>
internal static class ApiErrorWriter
{
    public static Task WriteAsync(HttpContext context, SimulatorApiException error, bool pretty, bool envelope)
        => WriteAsync(context, error.Status, error.ErrorCode, error.Message, error.Parameters, pretty, envelope);

    public static async Task WriteAsync(HttpContext context, int status, string errorCode, string detail, IReadOnlyList<string> parameters, bool pretty, bool envelope)
    {
        // Relaxed escaping: the body is application/json, never HTML, and details quote user input ('x', "y").
        // ApiError is not a generated model (no operation returns it on success), so it is written by hand, without reflection.
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = pretty, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            if (envelope)
            {
                writer.WriteStartObject();
                writer.WriteNumber("status", status);
                writer.WritePropertyName("content");
            }

            writer.WriteStartObject();
            writer.WriteString("detail", detail);
            writer.WriteNumber("error", status);
            writer.WriteString("errorCode", errorCode);
            writer.WriteStartArray("parameters");
            foreach (var parameter in parameters)
            {
                writer.WriteStringValue(parameter);
            }

            writer.WriteEndArray();
            writer.WriteString("reason", ReasonPhrases.GetReasonPhrase(status));
            writer.WriteEndObject();
            if (envelope)
            {
                writer.WriteEndObject();
            }
        }

        var response = context.Response;
        response.StatusCode = envelope ? StatusCodes.Status200OK : status;
        response.ContentType = "application/json";
        response.Headers["X-Error-Code"] = errorCode;
        response.ContentLength = buffer.WrittenCount;
        await response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }
}
