#if ATLASGEN_FULL_SPEC
using System.Collections;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using AtlasGen.Atlas;
using AtlasGen.Runtime;
using AtlasGen.Simulator.Spec;

namespace AtlasGen.Simulator.FullSpec.Tests.Infrastructure;

/// <summary>What one call through the generated client came to.</summary>
/// <param name="Sent">Whether the client sent a request (false: it refused the driver's arguments).</param>
/// <param name="Status">The HTTP status of the answer; 0 when nothing was sent.</param>
/// <param name="ErrorCode">The Atlas errorCode of an error answer.</param>
/// <param name="Detail">The error's detail, or the client's exception message.</param>
/// <param name="ClientAccepted">Whether the client returned normally (a 2xx body it could read as its metadata says).</param>
/// <param name="Response">The answer's JSON, when it had any.</param>
/// <param name="Request">The body the client sent, as JSON, when it sent one.</param>
internal sealed record CallOutcome(bool Sent, int Status, string? ErrorCode, string? Detail, bool ClientAccepted, JsonNode? Response, JsonNode? Request)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>A 404 for the route itself (the simulator knows no such path), never a missing item's own 404.</summary>
    public bool IsRouteNotFound => Status == 404 && Detail?.StartsWith("Cannot find resource", StringComparison.Ordinal) == true;
}

/// <summary>
/// The generic driver: calls any operation of the spec through the generated client, by reflection over the tag
/// clients' [AtlasOperation] methods, with arguments built from the operation's metadata: path and query values from
/// the route's parameter rules (or the values of items made earlier), bodies from the schema facts. What it creates it
/// reuses (<see cref="CreatedItems"/>): later operations on a created item, or below it, address that item.
/// </summary>
internal sealed class OperationDriver
{
    private readonly AtlasClient _client;
    private readonly ExchangeRecorder _recorder;
    private readonly BodyBuilder _bodies;
    private readonly SimulatorSpec _spec;
    private readonly Dictionary<string, (object Client, MethodInfo Method)> _methods;

    /// <summary>Values made for a parameter name, kept for the session: a parent's value is the same on every call.</summary>
    private readonly Dictionary<string, string> _made = new(StringComparer.Ordinal);

    public OperationDriver(AtlasClient client, ExchangeRecorder recorder, SimulatorSpec spec)
    {
        _client = client;
        _recorder = recorder;
        _bodies = new BodyBuilder(spec);
        _spec = spec;
        Created = new CreatedItems(spec);
        _methods = new Dictionary<string, (object, MethodInfo)>(StringComparer.Ordinal);
        foreach (var property in typeof(AtlasClient).GetProperties().Where(p => p.PropertyType.Namespace == "AtlasGen.Atlas"))
        {
            var tag = property.GetValue(client)!;
            foreach (var method in property.PropertyType.GetMethods())
            {
                if (method.GetCustomAttribute<AtlasOperationAttribute>() is { } operation
                    && (!_methods.TryGetValue(operation.OperationId, out var known) || known.Method.GetParameters().Length < method.GetParameters().Length))
                {
                    _methods[operation.OperationId] = (tag, method);
                }
            }
        }
    }

    public bool Knows(string operationId) => _methods.ContainsKey(operationId);

    /// <summary>The items this driver created, which later calls address.</summary>
    public CreatedItems Created { get; }

    /// <summary>
    /// Calls the operation; <paramref name="values"/> gives path and query values by wire name, the rest are made from
    /// the rules; the path values of items the driver created win, so a call on a created item reaches it.
    /// </summary>
    public async Task<CallOutcome> CallAsync(OperationRoute route, IReadOnlyDictionary<string, string> values, JsonNode? body = null)
    {
        var outcome = await SendAsync(route, Addressed(route, values), body).ConfigureAwait(false);
        Created.Learn(route, outcome);
        return outcome;
    }

    private Dictionary<string, string> Addressed(OperationRoute route, IReadOnlyDictionary<string, string> values)
    {
        var addressed = new Dictionary<string, string>(values, StringComparer.Ordinal);
        Created.Address(route, addressed);
        return addressed;
    }

    private async Task<CallOutcome> SendAsync(OperationRoute route, IReadOnlyDictionary<string, string> values, JsonNode? body)
    {
        var (client, method) = _methods[route.OperationId];
        Exception? failure = null;
        var refilled = false;
        // The client checks nested body values against the spec (patterns, allowed values) before sending: its
        // ArgumentException names the property and the rule, and the driver fixes that value and calls again. A server's
        // MISSING_ATTRIBUTE names what it wants: the driver fills that once and calls again.
        for (var attempt = 0; attempt < MaxFixes; attempt++)
        {
            _recorder.Clear();
            failure = null;
            try
            {
                var args = method.GetParameters().Select(p => Argument(route, p, values, ref body)).ToArray();
                var task = (Task)method.Invoke(client, args)!;
                await task.ConfigureAwait(false);
                if (task.GetType().GetProperty("Result")?.GetValue(task) is Stream stream)
                {
                    await using (stream.ConfigureAwait(false))
                    {
                        await stream.CopyToAsync(Stream.Null).ConfigureAwait(false);
                    }
                }
            }
            catch (Exception ex)
            {
                failure = ex is TargetInvocationException { InnerException: { } inner } ? inner : ex;
            }

            if (_recorder.Last is null && failure is ArgumentException argument && body is not null && BodyFix.TryApply(body, argument))
            {
                continue;
            }

            if (!refilled && _recorder.Last is { Status: 400 } refused && body is not null
                && MissingAttributeFill.TryApply(body, refused.ResponseBody, route, RequestVersion(route), _spec, _bodies))
            {
                refilled = true;
                continue;
            }

            break;
        }

        var exchange = _recorder.Last;
        if (exchange is null)
        {
            return new CallOutcome(false, 0, null, failure?.Message, false, null, null);
        }

        var response = ParseOrNull(exchange.ResponseBody);
        var request = exchange.RequestBody is { Length: > 0 } sent ? ParseOrNull(System.Text.Encoding.UTF8.GetBytes(sent)) : null;
        string? code = null;
        var detail = failure?.Message;
        if (failure is AtlasApiException api)
        {
            code = api.ErrorCode;
            detail = api.Detail ?? detail;
        }
        else if (exchange.Status >= 400 && response is JsonObject error)
        {
            code = error["errorCode"]?.GetValue<string>();
            detail = error["detail"]?.GetValue<string>();
        }

        return new CallOutcome(true, exchange.Status, code, detail, failure is null, response, request);
    }

    private static JsonNode? ParseOrNull(byte[] bytes)
    {
        try
        {
            return bytes.Length == 0 ? null : JsonNode.Parse(bytes);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private object? Argument(OperationRoute route, ParameterInfo parameter, IReadOnlyDictionary<string, string> values, ref JsonNode? body)
    {
        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return CancellationToken.None;
        }

        var rule = route.Parameters.FirstOrDefault(p => Normalize(p.Name) == Normalize(parameter.Name!));
        if (rule is null)
        {
            if (parameter.Name == "body" || !parameter.IsOptional)
            {
                return Body(route, parameter.ParameterType, ref body);
            }

            return parameter.HasDefaultValue ? parameter.DefaultValue : null;
        }

        // An optional query parameter is a filter the call can do without: an earlier item's value may break a rule the
        // route table does not carry (a username filter's email format), so it is left out.
        if (rule.In == "query" && !rule.Required && parameter.IsOptional)
        {
            return parameter.HasDefaultValue ? parameter.DefaultValue : null;
        }

        // A value from an earlier answer that breaks this parameter's rule (an ObjectId where a UUID is wanted) is replaced.
        if (values.TryGetValue(rule.Name, out var given) && SampleValues.Satisfies(given, rule.Pattern, rule.MinLength, rule.MaxLength))
        {
            return Convert(given, parameter.ParameterType, rule);
        }

        if (!rule.Required && parameter.IsOptional)
        {
            return parameter.HasDefaultValue ? parameter.DefaultValue : null;
        }

        if (!_made.TryGetValue(rule.Name, out var made) || !SampleValues.Satisfies(made, rule.Pattern, rule.MinLength, rule.MaxLength))
        {
            made = SampleValues.String(rule.Pattern, rule.MinLength, rule.MaxLength, rule.KnownValues);
            _made[rule.Name] = made;
        }

        return Convert(made, parameter.ParameterType, rule);
    }

    private object? Body(OperationRoute route, System.Type type, ref JsonNode? body)
    {
        var version = RequestVersion(route);
        if (type == typeof(string))
        {
            return "sim";
        }

        if (type == typeof(Stream))
        {
            return new MemoryStream(new byte[] { 1 });
        }

        var info = AtlasClientJsonContext.Default.GetTypeInfo(type) ?? throw new InvalidOperationException($"No client metadata for {type}.");
        if (body is null)
        {
            body = version is null ? new JsonObject() : _bodies.Build(route, version);
            Created.KeepKeyFields(route, body);
        }

        try
        {
            return JsonSerializer.Deserialize(body.ToJsonString(), info);
        }
        catch (JsonException)
        {
            // A union the facts can't pick a variant of: its first variant's required members are what the client wants.
            body = new JsonObject();
            return JsonSerializer.Deserialize("{}", info);
        }
    }

    /// <summary>The version whose request body the driver builds: the first with a request type.</summary>
    private static ResponseVersion? RequestVersion(OperationRoute route)
        => route.Versions.FirstOrDefault(v => v.RequestType is not null) ?? route.Versions.FirstOrDefault();

    private static object? Convert(string value, System.Type type, RouteParameter rule)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string))
        {
            return value;
        }

        if (target == typeof(bool))
        {
            return bool.TryParse(value, out var flag) && flag;
        }

        if (target == typeof(int) || target == typeof(long) || target == typeof(double) || target == typeof(float))
        {
            var number = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && (rule.Minimum is null || parsed >= rule.Minimum) && (rule.Maximum is null || parsed <= rule.Maximum)
                ? parsed
                : SampleValues.Number(rule.Minimum, rule.Maximum);
            return System.Convert.ChangeType(number, target, CultureInfo.InvariantCulture);
        }

        if (target == typeof(DateTimeOffset))
        {
            return DateTimeOffset.UtcNow;
        }

        if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(List<>))
        {
            var list = (IList)Activator.CreateInstance(target)!;
            list.Add(Convert(value, target.GetGenericArguments()[0], rule));
            return list;
        }

        // An extensible enum struct: its first known value when the route lists none (a list parameter's elements), else
        // constructed from the route's first known value or the given one.
        if (rule.KnownValues.Count == 0 && target.GetProperty("KnownValues", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is IEnumerable known
            && known.Cast<object>().FirstOrDefault() is { } first)
        {
            return first;
        }

        return Activator.CreateInstance(target, rule.KnownValues.FirstOrDefault() ?? value);
    }

    private const int MaxFixes = 8;

    private static string Normalize(string name) => new string(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
#endif
