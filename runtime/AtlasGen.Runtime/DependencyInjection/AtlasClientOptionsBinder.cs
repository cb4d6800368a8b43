using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace AtlasGen.Runtime;

/// <summary>
/// Binds <see cref="AtlasClientOptions"/> from configuration by hand: the reflection-based binder is not
/// trim-safe, and these few keys don't need it. A malformed value fails with the key's name.
/// </summary>
public static class AtlasClientOptionsBinder
{
    /// <summary>Reads BaseAddress, PublicKey, PrivateKey, ClientId, ClientSecret, TokenEndpoint, Timeout, UserAgent and Retry:{Enabled, MaxRetries, BaseDelay, MaxDelay, MaxTotalDelay}.</summary>
    public static void Bind(IConfiguration configuration, AtlasClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        if (configuration["BaseAddress"] is { Length: > 0 } baseAddress)
        {
            options.BaseAddress = Uri.TryCreate(baseAddress, UriKind.Absolute, out var uri)
                ? uri
                : throw new FormatException($"Configuration key '{Path(configuration, "BaseAddress")}' is not an absolute URI.");
        }

        if (configuration["TokenEndpoint"] is { Length: > 0 } tokenEndpoint)
        {
            options.TokenEndpoint = Uri.TryCreate(tokenEndpoint, UriKind.Absolute, out var uri)
                ? uri
                : throw new FormatException($"Configuration key '{Path(configuration, "TokenEndpoint")}' is not an absolute URI.");
        }

        options.PublicKey = configuration["PublicKey"] ?? options.PublicKey;
        options.PrivateKey = configuration["PrivateKey"] ?? options.PrivateKey;
        options.ClientId = configuration["ClientId"] ?? options.ClientId;
        options.ClientSecret = configuration["ClientSecret"] ?? options.ClientSecret;
        options.UserAgent = configuration["UserAgent"] ?? options.UserAgent;
        options.Timeout = ReadTimeSpan(configuration, "Timeout") ?? options.Timeout;

        var retry = configuration.GetSection("Retry");
        if (retry["Enabled"] is { Length: > 0 } enabled)
        {
            options.Retry.Enabled = bool.TryParse(enabled, out var value) ? value : throw new FormatException($"Configuration key '{Path(retry, "Enabled")}' is not true or false.");
        }

        if (retry["MaxRetries"] is { Length: > 0 } maxRetries)
        {
            options.Retry.MaxRetries = int.TryParse(maxRetries, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
                ? value
                : throw new FormatException($"Configuration key '{Path(retry, "MaxRetries")}' is not a non-negative integer.");
        }

        options.Retry.BaseDelay = ReadTimeSpan(retry, "BaseDelay") ?? options.Retry.BaseDelay;
        options.Retry.MaxDelay = ReadTimeSpan(retry, "MaxDelay") ?? options.Retry.MaxDelay;
        options.Retry.MaxTotalDelay = ReadTimeSpan(retry, "MaxTotalDelay") ?? options.Retry.MaxTotalDelay;
    }

    private static TimeSpan? ReadTimeSpan(IConfiguration configuration, string key)
    {
        var text = configuration[key];
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) && value > TimeSpan.Zero
            ? value
            : throw new FormatException($"Configuration key '{Path(configuration, key)}' is not a positive time span (e.g. 00:01:40).");
    }

    private static string Path(IConfiguration configuration, string key)
        => configuration is IConfigurationSection section ? section.Path + ":" + key : key;
}
