using System;
using System.Threading.Tasks;
using AtlasGen.Simulator.Authentication;
using AtlasGen.Simulator.Routing;
using AtlasGen.Simulator.State;
using AtlasGen.Simulator.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace AtlasGen.Simulator.Http;

/// <summary>
/// The simulator's only endpoint, a terminal middleware: route (404/405), authenticate (401 with a digest challenge),
/// negotiate the versioned media type (406), check path and query parameters (400), then run the operation's handler.
/// Any <see cref="SimulatorApiException"/> becomes an Atlas ApiError body.
/// </summary>
internal sealed class SimulatorMiddleware
{
    private readonly RouteTable _routes;
    private readonly DigestVerifier _digest;
    private readonly SimulatorState _state;
    private readonly ILogger _logger;

    public SimulatorMiddleware(RouteTable routes, DigestVerifier digest, SimulatorState state, ILogger logger)
    {
        _routes = routes;
        _digest = digest;
        _state = state;
        _logger = logger;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        // The raw target, not Request.Path: Path keeps %2F but decodes the rest, and digest signs the target as sent.
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? (request.PathBase + request.Path + request.QueryString).ToString();
        var queryStart = target.IndexOf('?', StringComparison.Ordinal);
        var rawPath = queryStart >= 0 ? target[..queryStart] : target;
        var pretty = request.Query.TryGetValue("pretty", out var p) && string.Equals(p, "true", StringComparison.OrdinalIgnoreCase);

        try
        {
            var operation = _routes.Match(request.Method, rawPath, out var route, out var pathMatched);
            if (operation is null)
            {
                throw pathMatched
                    ? new SimulatorApiException(405, AtlasErrorCodes.MethodNotAllowed, $"{request.Method} is not allowed on {rawPath}.", request.Method, rawPath)
                    : SimulatorApiException.NotFound($"Cannot find resource {rawPath}.", rawPath);
            }

            string? caller = null;
            if (operation.RequiresAuthentication)
            {
                var verdict = _digest.Verify(request.Method, target, request.Headers.Authorization);
                if (!verdict.IsAuthenticated)
                {
                    await ChallengeAsync(context, verdict, pretty).ConfigureAwait(false);
                    return;
                }

                caller = verdict.PublicKey;
            }

            var mediaType = MediaTypeNegotiator.Select(operation.MediaTypes, request.Headers.Accept)
                ?? throw new SimulatorApiException(406, AtlasErrorCodes.NotAcceptable,
                    $"The Accept header '{request.Headers.Accept}' names no version of {operation.OperationId}; it offers {string.Join(", ", operation.MediaTypes)}.",
                    request.Headers.Accept.ToString());

            PathParameterRules.Check(route);
            var query = QueryOptions.Parse(request.Query);
            await operation.Handler(new OperationContext(context, operation, route, query, mediaType, caller, _state)).ConfigureAwait(false);
        }
        catch (SimulatorApiException error) when (!context.Response.HasStarted)
        {
            await ApiErrorWriter.WriteAsync(context, error, pretty).ConfigureAwait(false);
        }
        catch (Exception ex) when (!context.Response.HasStarted && ex is not OperationCanceledException)
        {
            // A simulator bug must still answer like Atlas does, and leave a trace for whoever debugs it.
            SimulatorLog.UnexpectedError(_logger, request.Method, rawPath, ex);
            await ApiErrorWriter.WriteAsync(context, 500, AtlasErrorCodes.UnexpectedError, "Unexpected error.", Array.Empty<string>(), pretty).ConfigureAwait(false);
        }
    }

    private Task ChallengeAsync(HttpContext context, DigestVerdict verdict, bool pretty)
    {
        SimulatorLog.AuthenticationFailed(_logger, context.Request.Method, context.Request.Path, verdict.Outcome, verdict.Reason);
        context.Response.Headers.WWWAuthenticate = _digest.Challenge(stale: verdict.Outcome == DigestOutcome.Stale);
        return ApiErrorWriter.WriteAsync(context, 401, AtlasErrorCodes.Unauthorized, "You are not authorized for this resource.", Array.Empty<string>(), pretty);
    }
}
