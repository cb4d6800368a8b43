using System.Reflection;
using System.Text;
using System.Text.Json;
using AtlasGen.Runtime;
using AtlasGen.TestData;

namespace AtlasGen.Generator.Tests.RealAtlas;

/// <summary>
/// Measures one compiled client against the recordings: for each recording of an operation the client has, in a version
/// it offers, (1) the body deserializes with that method's metadata, (2) written back through the server-direction
/// metadata it loses nothing, and (3) for GET and DELETE, the method called over a handler replaying the recording sends
/// the recorded path and version and returns (2xx) or raises <see cref="AtlasApiException"/> with the recorded errorCode.
/// </summary>
internal sealed class RecordingMeasurement(ClientOperations client, PathTemplateMatcher matcher)
{
    private static readonly Uri s_baseAddress = new("https://atlas.replay.test/");

    public async Task<RecordingTally> MeasureAsync(string clientName, IEnumerable<Recording> recordings)
    {
        var tally = new RecordingTally(clientName);
        foreach (var match in RecordingMatch.All(recordings, matcher, client))
        {
            var recording = match.Recording;
            tally.Seen++;
            if (!recording.HasRequest)
            {
                tally.NamedByHash++;
                continue;
            }

            if (match.Request is not { } request)
            {
                tally.Unidentified.Add($"{recording.RequestMethod} {recording.MangledPath}");
                continue;
            }

            tally.Identified++;
            if (match.Offered is not { } offered)
            {
                continue;
            }

            tally.InClient++;
            if (match.Operation is not { } operation)
            {
                tally.Failures.Add(new(recording.FileName, request.OperationId, recording.Version, RecordingTally.StepVersion,
                    "the client offers only " + string.Join(", ", offered.Select(o => o.MediaType))));
                continue;
            }

            tally.InOfferedVersion++;
            if (match.HasSuccessBody)
            {
                tally.Bodies++;
                Read(recording, operation, tally);
            }

            if (request.Method is "GET" or "DELETE")
            {
                tally.Replays++;
                if (await ReplayAsync(recording, request, operation).ConfigureAwait(false) is { } problem)
                {
                    tally.Failures.Add(new(recording.FileName, operation.OperationId, operation.Version, RecordingTally.StepReplay, problem));
                }
                else
                {
                    tally.ReplaysPassed++;
                }
            }
        }

        return tally;
    }

    /// <summary>Steps 1 and 2: deserialize with the client-direction metadata, write back with the server-direction one, compare.</summary>
    private void Read(Recording recording, ClientOperation operation, RecordingTally tally)
    {
        var result = RecordedBodyRoundTrip.Check(recording, operation, client);
        tally.Deserialized += result.Deserialized ? 1 : 0;
        tally.Lossless += result.Lossless ? 1 : 0;
        if (result.Problem is not null)
        {
            var step = result.Deserialized ? RecordingTally.StepLossless : RecordingTally.StepDeserialize;
            tally.Failures.Add(new(recording.FileName, operation.OperationId, operation.Version, step, result.Problem));
        }
    }

    /// <summary>Step 3; null when the replay passed, else what went wrong.</summary>
    private static async Task<string?> ReplayAsync(Recording recording, IdentifiedRequest request, ClientOperation operation)
    {
        var method = operation.GeneratedMethod;
        var arguments = new List<object?>();
        foreach (var parameter in method.GetParameters())
        {
            if (parameter.ParameterType == typeof(CancellationToken))
            {
                arguments.Add(CancellationToken.None);
            }
            else if (request.PathValues.FirstOrDefault(v => SameName(v.Key, parameter.Name!)) is { Key: not null } pathValue)
            {
                if (Convert(pathValue.Value, parameter.ParameterType) is not { } converted)
                {
                    return $"path parameter {parameter.Name} is a {parameter.ParameterType.Name}, which '{pathValue.Value}' can't be made into";
                }

                arguments.Add(converted);
            }
            else if (parameter.IsOptional)
            {
                arguments.Add(Type.Missing);
            }
            else if (AnyAllowedValue(parameter) is { } value)
            {
                // A required query parameter: the file name doesn't record the query, and the replay checks only the path.
                arguments.Add(value);
            }
            else
            {
                return $"parameter {parameter.Name} ({parameter.ParameterType.Name}) is required and the recording has no value for it";
            }
        }

        var handler = new ReplayHandler(recording);
        using var http = new HttpClient(handler) { BaseAddress = s_baseAddress };
        using var connection = new AtlasConnection(http);
        var tagClient = Activator.CreateInstance(method.DeclaringType!, connection)!;
        Exception? thrown = null;
        object? result = null;
        try
        {
            var task = (Task)method.Invoke(tagClient, BindingFlags.Default, binder: null, arguments.ToArray(), culture: null)!;
            await task.ConfigureAwait(false);
            result = operation.ResultType is null ? null : task.GetType().GetProperty("Result")!.GetValue(task);
        }
        catch (Exception ex)
        {
            thrown = ex is TargetInvocationException { InnerException: { } inner } ? inner : ex;
        }

        var problems = new List<string>();
        CheckRequest(recording, operation, handler, problems);
        if (recording.IsSuccess)
        {
            if (thrown is not null)
            {
                problems.Add("threw " + Describe(thrown));
            }
            else if (await DiffersFromBodyAsync(result, recording).ConfigureAwait(false) is { } difference)
            {
                problems.Add(difference);
            }
        }
        else
        {
            var expectedCode = RecordedErrorCode(recording);
            if (thrown is not AtlasApiException apiException)
            {
                problems.Add($"expected AtlasApiException {expectedCode}, got " + (thrown is null ? "a return" : Describe(thrown)));
            }
            else if (expectedCode is not null && apiException.ErrorCode != expectedCode)
            {
                problems.Add($"errorCode {apiException.ErrorCode ?? "null"}, recorded {expectedCode}");
            }
        }

        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    private static void CheckRequest(Recording recording, ClientOperation operation, ReplayHandler handler, List<string> problems)
    {
        if (handler.Requests.Count != 1)
        {
            problems.Add($"{handler.Requests.Count} requests sent");
            return;
        }

        var sent = handler.Requests[0];
        var path = Recording.Mangle(Uri.UnescapeDataString(sent.RequestUri!.AbsolutePath));
        if (path != recording.MangledPath)
        {
            problems.Add($"path {sent.RequestUri.AbsolutePath} is not the recorded {recording.MangledPath}");
        }

        if (sent.Method.Method != recording.RequestMethod)
        {
            problems.Add($"method {sent.Method.Method}, recorded {recording.RequestMethod}");
        }

        var accept = string.Join(", ", sent.Headers.Accept.Select(a => a.MediaType));
        var expected = recording.Version is null ? operation.MediaType : recording.MediaType;
        if (!string.Equals(accept, expected, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"Accept {accept}, recorded {expected}");
        }
    }

    /// <summary>For a raw result (stream, text, bytes), whether it differs from the recorded body; a model was checked by steps 1 and 2.</summary>
    private static async Task<string?> DiffersFromBodyAsync(object? result, Recording recording)
    {
        var bytes = result switch
        {
            Stream stream => await ReadAllAsync(stream).ConfigureAwait(false),
            string text => Encoding.UTF8.GetBytes(text),
            byte[] raw => raw,
            _ => null,
        };
        return bytes is null || bytes.AsSpan().SequenceEqual(recording.Body)
            ? null
            : $"returned {bytes.Length} bytes, recorded {recording.Body.Length}";
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        await using (stream.ConfigureAwait(false))
        {
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy).ConfigureAwait(false);
            return copy.ToArray();
        }
    }

    private static string? RecordedErrorCode(Recording recording)
    {
        try
        {
            using var document = JsonDocument.Parse(recording.Body);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("errorCode", out var code)
                ? code.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The spec's parameter name and the generated C# one, compared the way the generator names them (case and punctuation aside).</summary>
    private static bool SameName(string specName, string parameterName)
        => string.Equals(Letters(specName), Letters(parameterName), StringComparison.OrdinalIgnoreCase);

    private static string Letters(string name) => new(name.Where(char.IsLetterOrDigit).ToArray());

    /// <summary>A path value as the parameter's type: a string, a string-backed enum (its string constructor), or a number.</summary>
    private static object? Convert(string value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string))
        {
            return value;
        }

        if (target.GetConstructor([typeof(string)]) is { } fromString)
        {
            return fromString.Invoke([value]);
        }

        if (target == typeof(int) && int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        if (target == typeof(long) && long.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var wide))
        {
            return wide;
        }

        return null;
    }

    /// <summary>A value the parameter's own constraints allow: its first allowed value or known enum value, its minimum, or any text.</summary>
    private static object? AnyAllowedValue(ParameterInfo parameter)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        if (parameter.GetCustomAttribute<AtlasAllowedValuesAttribute>() is { Values.Length: > 0 } allowed)
        {
            return Convert(allowed.Values[0], type);
        }

        if (type == typeof(string))
        {
            return "x";
        }

        if (type.IsValueType && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAtlasEnum<>)))
        {
            return type.GetProperties(BindingFlags.Public | BindingFlags.Static).FirstOrDefault(p => p.PropertyType == type)?.GetValue(null);
        }

        var minimum = parameter.GetCustomAttribute<AtlasRangeAttribute>() is { } range && !double.IsNaN(range.Minimum) ? range.Minimum : 1;
        if (type == typeof(int) || type == typeof(long) || type == typeof(double))
        {
            return System.Convert.ChangeType(minimum, type, System.Globalization.CultureInfo.InvariantCulture);
        }

        return type == typeof(DateTimeOffset) ? DateTimeOffset.UnixEpoch : null;
    }

    private static string Describe(Exception ex)
        => ex.GetType().Name + ": " + ex.Message + (ex.InnerException is { } inner ? " <- " + inner.GetType().Name + ": " + inner.Message : "");
}
