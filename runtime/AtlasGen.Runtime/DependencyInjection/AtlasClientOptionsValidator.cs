using Microsoft.Extensions.Options;

namespace AtlasGen.Runtime;

/// <summary>
/// Checks one named client's <see cref="AtlasClientOptions"/> and lists every problem at once, each naming the client
/// and the option. Messages never contain an option's value, so the private key cannot leak through them.
/// </summary>
internal sealed class AtlasClientOptionsValidator : IValidateOptions<AtlasClientOptions>
{
    public AtlasClientOptionsValidator(string name) => Name = name;

    /// <summary>The options name (one generated client) this validator checks.</summary>
    public string Name { get; }

    public ValidateOptionsResult Validate(string? name, AtlasClientOptions options)
    {
        if (!string.Equals(name, Name, StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>();
        var hasServiceAccount = !string.IsNullOrEmpty(options.ClientId) || !string.IsNullOrEmpty(options.ClientSecret);
        if (hasServiceAccount)
        {
            // A service account: both halves, and the API key is not used.
            if (string.IsNullOrEmpty(options.ClientId))
            {
                failures.Add(Fail("ClientId", "is required with ClientSecret (the service account's client id)"));
            }

            if (string.IsNullOrEmpty(options.ClientSecret))
            {
                failures.Add(Fail("ClientSecret", "is required with ClientId (the service account's secret)"));
            }

            if (options.TokenEndpoint is { } tokenEndpoint && (!tokenEndpoint.IsAbsoluteUri || (tokenEndpoint.Scheme != Uri.UriSchemeHttps && tokenEndpoint.Scheme != Uri.UriSchemeHttp)))
            {
                failures.Add(Fail("TokenEndpoint", "must be an absolute http or https URI"));
            }
        }
        else
        {
            if (string.IsNullOrEmpty(options.PublicKey))
            {
                failures.Add(Fail("PublicKey", "is required (the programmatic API key's public key), unless ClientId and ClientSecret (a service account) are set"));
            }

            if (string.IsNullOrEmpty(options.PrivateKey))
            {
                failures.Add(Fail("PrivateKey", "is required (the programmatic API key's private key), unless ClientId and ClientSecret (a service account) are set"));
            }
        }

        if (options.BaseAddress is not { IsAbsoluteUri: true } baseAddress || (baseAddress.Scheme != Uri.UriSchemeHttps && baseAddress.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add(Fail("BaseAddress", "must be an absolute http or https URI"));
        }

        if (options.Timeout <= TimeSpan.Zero && options.Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            failures.Add(Fail("Timeout", "must be positive, or Timeout.InfiniteTimeSpan"));
        }

        if (string.IsNullOrWhiteSpace(options.UserAgent))
        {
            failures.Add(Fail("UserAgent", "must not be empty"));
        }

        if (options.Retry is null)
        {
            failures.Add(Fail("Retry", "must not be null"));
        }
        else if (options.Retry.Enabled)
        {
            if (options.Retry.MaxRetries < 1)
            {
                failures.Add(Fail("Retry.MaxRetries", "must be at least 1 when Retry.Enabled is true"));
            }

            if (options.Retry.BaseDelay <= TimeSpan.Zero)
            {
                failures.Add(Fail("Retry.BaseDelay", "must be positive"));
            }

            if (options.Retry.MaxDelay < options.Retry.BaseDelay)
            {
                failures.Add(Fail("Retry.MaxDelay", "must not be shorter than Retry.BaseDelay"));
            }

            if (options.Retry.MaxTotalDelay < TimeSpan.Zero)
            {
                failures.Add(Fail("Retry.MaxTotalDelay", "must not be negative"));
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private string Fail(string option, string rule) => $"AtlasClientOptions '{Name}': {option} {rule}.";
}
