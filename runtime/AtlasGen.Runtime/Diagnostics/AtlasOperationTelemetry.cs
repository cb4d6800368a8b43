using System.Diagnostics;
using System.Globalization;

namespace AtlasGen.Runtime;

/// <summary>
/// The span and the duration measurement of one operation call, around every retry and authentication round trip.
/// Not made when no <see cref="ActivityListener"/> or meter listener is attached (<see cref="Start"/>).
/// </summary>
internal sealed class AtlasOperationTelemetry : IDisposable
{
    private readonly AtlasRequest _request;
    private readonly Uri _server;
    private readonly Activity? _activity;
    private readonly long _started;
    private int? _statusCode;
    private string? _errorType;
    private string? _errorCode;

    /// <summary>Starts the span and the measurement, or returns null when nothing listens, so an untraced call allocates nothing here.</summary>
    public static AtlasOperationTelemetry? Start(AtlasRequest request, Uri server)
        => AtlasTelemetry.ActivitySource.HasListeners() || AtlasTelemetry.OperationDuration.Enabled ? new AtlasOperationTelemetry(request, server) : null;

    private AtlasOperationTelemetry(AtlasRequest request, Uri server)
    {
        _request = request;
        _server = server;
        // OpenTelemetry's HTTP client span name: "{method} {url.template}".
        _activity = AtlasTelemetry.ActivitySource.StartActivity(request.Method.Method + " " + request.PathTemplate, ActivityKind.Client);
        if (_activity is { IsAllDataRequested: true })
        {
            _activity.SetTag("http.request.method", request.Method.Method);
            _activity.SetTag("url.template", request.PathTemplate);
            _activity.SetTag("server.address", server.Host);
            _activity.SetTag("server.port", server.Port);
            _activity.SetTag(AtlasTelemetry.OperationIdTag, request.OperationId);
        }

        _started = AtlasTelemetry.OperationDuration.Enabled ? Stopwatch.GetTimestamp() : 0;
    }

    public void SetResendCount(System.Net.Http.HttpRequestMessage sent)
    {
        if (_activity is { IsAllDataRequested: true } && sent.Options.TryGetValue(AtlasRequestOptions.ResendCount, out var resends) && resends > 0)
        {
            _activity.SetTag("http.request.resend_count", resends);
        }
    }

    /// <summary>The call got a response; a status of 400 or more is an error, typed by its status code.</summary>
    public void Complete(int statusCode, string? errorCode)
    {
        _statusCode = statusCode;
        _errorCode = errorCode;
        _errorType = statusCode >= 400 ? statusCode.ToString(CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The call failed without a response.</summary>
    public void Fail(Exception exception) => _errorType = exception.GetType().FullName;

    public void Dispose()
    {
        if (_activity is not null)
        {
            if (_activity.IsAllDataRequested)
            {
                _activity.SetTag("http.response.status_code", _statusCode);
                _activity.SetTag("error.type", _errorType);
                _activity.SetTag(AtlasTelemetry.ErrorCodeTag, _errorCode);
            }

            if (_errorType is not null)
            {
                _activity.SetStatus(ActivityStatusCode.Error, _errorCode ?? _errorType);
            }

            _activity.Dispose();
        }

        if (_started != 0 && AtlasTelemetry.OperationDuration.Enabled)
        {
            var tags = new TagList
            {
                { "http.request.method", _request.Method.Method },
                { "url.template", _request.PathTemplate },
                { "server.address", _server.Host },
                { AtlasTelemetry.OperationIdTag, _request.OperationId },
            };
            if (_statusCode is { } status)
            {
                tags.Add("http.response.status_code", status);
            }

            if (_errorType is not null)
            {
                tags.Add("error.type", _errorType);
            }

            if (_errorCode is not null)
            {
                tags.Add(AtlasTelemetry.ErrorCodeTag, _errorCode);
            }

            AtlasTelemetry.OperationDuration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, tags);
        }
    }
}
