using System.Globalization;
using AtlasGen.Simulator.Authentication;
using AtlasGen.Simulator.Authorization;
using AtlasGen.Simulator.Routing;
using AtlasGen.Simulator.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace AtlasGen.Simulator.Http;

/// <summary>
/// The simulator's only endpoint, a terminal middleware. The OAuth token endpoint aside, every request goes: an
/// injected fault (<see cref="SimulatorFaults"/>), route (404/405), authenticate by digest or bearer token (401 with a
/// digest challenge), meter (RateLimit-* headers, 429), negotiate the versioned media type (406), apply the version's
/// lifecycle (Deprecation/Sunset, 410), check path and query parameters (400), check the caller's role and access
/// list (403), then run the operation's handler.
/// Any <see cref="SimulatorApiException"/> becomes an Atlas ApiError body with X-Error-Code.
/// </summary>
internal sealed class SimulatorMiddleware(
    RouteTable routes, DigestVerifier digest, ServiceAccountStore serviceAccounts, RateLimiter rateLimiter, SimulatorFaults faults, SimulatorState state, ILogger logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (string.Equals(request.Path.Value, TokenEndpoint.Path, StringComparison.Ordinal))
        {
            await TokenEndpoint.HandleAsync(context, serviceAccounts).ConfigureAwait(false);
            return;
        }

        // The raw target, not Request.Path: Path keeps %2F but decodes the rest, and digest signs the target as sent.
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? (request.PathBase + request.Path + request.QueryString).ToString();
        var queryStart = target.IndexOf('?', StringComparison.Ordinal);
        var rawPath = queryStart >= 0 ? target[..queryStart] : target;
        var pretty = IsTrue(request, "pretty");
        var envelope = IsTrue(request, "envelope");

        try
        {
            InjectFault(context, rawPath);
            var operation = routes.Match(request.Method, rawPath, out var route, out var pathMatched);
            if (operation is null)
            {
                throw pathMatched
                    ? new SimulatorApiException(405, AtlasErrorCodes.MethodNotAllowed, $"{request.Method} is not allowed on {rawPath}.", request.Method, rawPath)
                    : SimulatorApiException.NotFound(AtlasErrorCodes.ResourceNotFound, $"Cannot find resource {rawPath}.", rawPath);
            }

            var caller = Authenticate(request, target, out var verdict);
            Meter(context, caller?.Name ?? "anonymous:" + context.Connection.RemoteIpAddress);
            if (caller is null)
            {
                await ChallengeAsync(context, verdict, pretty, envelope).ConfigureAwait(false);
                return;
            }

            var mediaType = MediaTypeNegotiator.Select(operation.MediaTypes, request.Headers.Accept)
                ?? throw new SimulatorApiException(406, AtlasErrorCodes.NotAcceptable,
                    $"The Accept header '{request.Headers.Accept}' names no version of {operation.OperationId}; it offers {string.Join(", ", operation.MediaTypes)}.",
                    request.Headers.Accept.ToString());
            VersionLifecycle.Apply(context.Response, operation.VersionOf(mediaType), operation.OperationId, state.Now);

            PathParameterRules.Check(operation.Route, route, request.Query);
            Authorize(context, operation, caller, route.TryGetValue("groupId", out var groupId) ? groupId : null);
            var query = QueryOptions.Parse(request.Query);
            await operation.Handler(new OperationContext(context, operation, route, query, mediaType, caller.Name, state)).ConfigureAwait(false);
        }
        catch (SimulatorApiException error) when (!context.Response.HasStarted)
        {
            await ApiErrorWriter.WriteAsync(context, error, pretty, envelope).ConfigureAwait(false);
        }
        catch (Exception ex) when (!context.Response.HasStarted && ex is not OperationCanceledException)
        {
            // A simulator bug must still answer like Atlas does, and leave a trace for whoever debugs it.
            SimulatorLog.UnexpectedError(logger, request.Method, rawPath, ex);
            await ApiErrorWriter.WriteAsync(context, 500, AtlasErrorCodes.UnexpectedError, "Unexpected error.", Array.Empty<string>(), pretty, envelope).ConfigureAwait(false);
        }
    }

    /// <summary>A service account's bearer token, or an API key's digest answer; null (with the digest verdict) when neither holds.</summary>
    private Caller? Authenticate(HttpRequest request, string target, out DigestVerdict verdict)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var account = serviceAccounts.Authenticate(authorization[7..].Trim());
            verdict = new DigestVerdict(account is null ? DigestOutcome.Rejected : DigestOutcome.Authenticated, account?.ClientId, account is null ? "unknown or expired bearer token" : null);
            return account is null ? null : new Caller(account.ClientId, account.Roles, null);
        }

        verdict = digest.Verify(request.Method, target, authorization);
        if (!verdict.IsAuthenticated || state.ApiKeys.GetByPublicKey(verdict.PublicKey!) is not { } key)
        {
            return null;
        }

        return new Caller(key.PublicKey, key.Snapshot().Roles, key);
    }

    /// <summary>A fault queued through <see cref="AtlasSimulator.Faults"/> answers first: nothing else of the request happens.</summary>
    private void InjectFault(HttpContext context, string rawPath)
    {
        if (faults.Take(context.Request.Method, rawPath) is not { } fault)
        {
            return;
        }

        if (fault.RetryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = ((long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        throw new SimulatorApiException(fault.Status, fault.ErrorCode, $"Injected fault: {context.Request.Method} {rawPath} answers {fault.Status}.");
    }

    private void Meter(HttpContext context, string bucket)
    {
        var (allowed, remaining, retryAfter) = rateLimiter.Take(bucket);
        var headers = context.Response.Headers;
        headers["RateLimit-Limit"] = rateLimiter.Limit.ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        if (!allowed)
        {
            headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
            throw new SimulatorApiException(429, AtlasErrorCodes.RateLimited,
                $"You have exceeded the rate limit of {rateLimiter.Limit} requests. Retry after {retryAfter} seconds.");
        }
    }

    private static void Authorize(HttpContext context, SimulatorOperation operation, Caller caller, string? groupId)
    {
        if (!RoleRequirement.IsMet(operation.Route.RequiredRoles, caller.Roles, groupId))
        {
            throw new SimulatorApiException(403, AtlasErrorCodes.Forbidden,
                $"The requesting key needs the {string.Join(" or ", operation.Route.RequiredRoles)} role for {operation.OperationId}.", operation.OperationId);
        }

        if (operation.Route.RequiresAccessList && caller.ApiKey is { } key && !AccessListRule.Allows(key, context.Connection.RemoteIpAddress))
        {
            var address = context.Connection.RemoteIpAddress?.ToString() ?? "";
            throw new SimulatorApiException(403, AtlasErrorCodes.AccessListRequired, $"IP address {address} is not allowed to access this resource.", address);
        }
    }

    private Task ChallengeAsync(HttpContext context, DigestVerdict verdict, bool pretty, bool envelope)
    {
        SimulatorLog.AuthenticationFailed(logger, context.Request.Method, context.Request.Path, verdict.Outcome, verdict.Reason);
        context.Response.Headers.WWWAuthenticate = digest.Challenge(stale: verdict.Outcome == DigestOutcome.Stale);
        // Never enveloped: a digest client must see the 401 and its challenge to answer it.
        _ = envelope;
        return ApiErrorWriter.WriteAsync(context, 401, AtlasErrorCodes.Unauthorized, "You are not authorized for this resource.", Array.Empty<string>(), pretty, envelope: false);
    }

    private static bool IsTrue(HttpRequest request, string name)
        => request.Query.TryGetValue(name, out var value) && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
}
